package ai.trainloop.cli;

import ai.trainloop.cost.DryRunPlan;
import ai.trainloop.cost.DryRunPlanner;
import ai.trainloop.cost.PriceResolver;
import ai.trainloop.cost.TokenEstimator;
import ai.trainloop.render.DryRunJson;
import ai.trainloop.render.DryRunTable;
import ai.trainloop.render.TextTable;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --dry-run}: the plan and its estimated tokens and cost, with nothing sent (tables, or
 * JSON).
 */
final class DryRun {
  private DryRun() {}

  static int print(
      CliContext ctx,
      BenchmarkOptions options,
      Setup setup,
      List<PlannedModel> models,
      JudgeRun judgeRun,
      BatchWiring batching)
      throws IOException {
    JudgeDryRun judge = JudgeDryRun.of(setup, models.stream().map(PlannedModel::id).toList());
    DryRunPlan plan =
        new DryRunPlanner(
                PriceResolver.forConfig(setup.config()),
                new TokenEstimator(),
                entry -> batching.batched(entry.id()))
            .plan(
                setup.samples(),
                models.stream().map(PlannedModel::entry).toList(),
                setup.repeats());
    plan.warnings().forEach(w -> ctx.err().println("warning: " + w));
    if (options.stdout.json()) {
      Map<String, String> skipped = new LinkedHashMap<>();
      models.stream().filter(m -> !m.runs()).forEach(m -> skipped.put(m.id(), m.skippedReason()));
      var json = DryRunJson.toJson(plan, skipped);
      json.put("repeats", setup.repeats());
      if (judge != null) {
        judge.putJson(json, plan.totalEstimatedCostUsd());
      }
      ctx.out().println(json.toPrettyString());
      ctx.out().flush();
      return ExitCodes.OK;
    }
    TextTable.Style style = options.stdout.style(ctx.terminal());
    TextTable tags = new TextTable(DryRunTable.TAGS_TITLE + ":", DryRunTable.tagHeaders());
    DryRunTable.tagRows(plan).forEach(tags::addRow);
    tags.render(ctx.out(), style);
    ctx.out().println();
    TextTable t = new TextTable(DryRunTable.TITLE + ":", DryRunTable.headers());
    DryRunTable.rows(plan).forEach(t::addRow);
    t.render(ctx.out(), style);
    DryRunTable.notes(plan).forEach(ctx.out()::println);
    if (setup.repeats() > 1) {
      ctx.out()
          .println(
              "Each (sample, model) pair is called "
                  + setup.repeats()
                  + " times (repeats): calls, tokens and cost count every repeat.");
    }
    if (judge != null) {
      judge.render(ctx.out(), style, plan.totalEstimatedCostUsd());
    }
    for (PlannedModel m : models) {
      if (!m.runs()) {
        ctx.out().println("Not sent without a key: " + m.id() + " (" + m.skippedReason() + ").");
      }
    }
    ctx.out().flush();
    return ExitCodes.OK;
  }
}
