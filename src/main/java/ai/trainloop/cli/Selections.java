package ai.trainloop.cli;

import ai.trainloop.aggregate.Intervals;
import ai.trainloop.config.BenchmarkConfig;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.decide.CommonSamples;
import ai.trainloop.decide.ModelFigures;
import ai.trainloop.decide.ModelVerdict;
import ai.trainloop.decide.Selection;
import ai.trainloop.decide.Thresholds;
import ai.trainloop.render.SelectionJson;
import ai.trainloop.render.SelectionTable;
import ai.trainloop.render.TableMarks;
import ai.trainloop.render.TableOptions;
import ai.trainloop.render.Tables;
import ai.trainloop.render.TextTable;
import ai.trainloop.results.ModelState;
import ai.trainloop.results.ModelSummary;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gates, decision matrix and recommendation of a run: from the aggregates, into report.json and the
 * tables.
 */
final class Selections {
  private Selections() {}

  static Selection evaluate(List<ModelSummary> summaries, Setup setup) {
    return evaluate(summaries, setup, new CommonSamples());
  }

  /**
   * @param answers every model's scored samples: the decision matrix compares models on those all
   *     of them share
   */
  static Selection evaluate(List<ModelSummary> summaries, Setup setup, CommonSamples answers) {
    List<ModelFigures> figures = new ArrayList<>();
    for (ModelSummary m : summaries) {
      if (m.status() == ModelState.SKIPPED) {
        continue;
      }
      Map<String, Double> metrics = new LinkedHashMap<>();
      m.metrics()
          .forEach(
              (name, s) -> {
                if (s.score() != null) {
                  metrics.put(
                      name, s.score()); // a metric that failed on every sample scored nothing
                }
              });
      if (m.samples() == 0) {
        figures.add(ModelFigures.withoutResults(m.id()));
      } else if (ProviderEntry.isRecorded(m.provider())) {
        figures.add(ModelFigures.recordedRow(m.id(), m.score().mean(), metrics));
      } else {
        Long p95 = m.latency().p95();
        figures.add(
            ModelFigures.of(
                    m.id(),
                    m.score().mean(),
                    metrics,
                    m.cost() == null ? null : m.cost().per1kTokens(),
                    m.latency().mean(),
                    p95 == null ? null : p95.doubleValue())
                .withErrorRate(m.errorRate()));
      }
    }
    List<ModelFigures> matrix = answers.onCommonSamples(figures);
    List<String> compared =
        figures.stream().filter(ModelFigures::hasResults).map(ModelFigures::id).toList();
    int common = answers.common(compared).size();
    boolean fewer = compared.stream().anyMatch(id -> answers.answered(id) > common);
    // said only when it matters: when every model answered the same samples the columns are the
    // tables' figures
    String note =
        matrix == figures || !fewer
            ? null
            : "Accuracy and metric columns are over the "
                + common
                + " samples every model answered (the Avg in the tables covers each model's own).";
    return Selection.evaluate(
        figures, matrix, note, Thresholds.from(setup.config().benchmark()), setup.priorities());
  }

  /**
   * Model id to its gates, normalised values and composite, and its intervals, to merge into
   * report.json.
   */
  static Map<String, Object> perModel(Selection selection, Intervals.Computed intervals) {
    Map<String, Object> perModel = new LinkedHashMap<>();
    for (ModelVerdict v : selection.verdicts()) {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      SelectionJson.putModelFields(node, v);
      perModel.put(v.modelId(), node);
    }
    intervals
        .json()
        .forEach(
            (id, node) -> {
              ObjectNode existing = (ObjectNode) perModel.get(id);
              if (existing == null) {
                perModel.put(id, node);
              } else {
                existing.setAll(node);
              }
            });
    return perModel;
  }

  /**
   * @param partial why the run stopped early, or null: a partial run's figures recommend nothing
   * @param judgeCosts model id to what judging its replies cost, for a Judge Cost column; null when
   *     no judge ran
   */
  static void render(
      List<ModelSummary> summaries,
      Selection selection,
      Intervals.Computed intervals,
      BenchmarkConfig b,
      BenchmarkOptions options,
      CliContext ctx,
      String partial,
      Map<String, BigDecimal> judgeCosts)
      throws IOException {
    boolean ascii = ascii(options, ctx);
    Map<String, String> gateFailures = new LinkedHashMap<>();
    for (ModelVerdict v : selection.verdicts()) {
      if (v.missesGate()) {
        gateFailures.put(v.modelId(), v.gates().plain());
      }
    }
    TableOptions tableOptions =
        TableOptions.forRun(
            ascii, b.trackCosts(), options.detailedTables(), b.trackResponseTimes());
    TableMarks marks =
        new TableMarks(gateFailures, intervals.avgHalfWidths(), intervals.metricHalfWidths());
    new Tables(tableOptions, marks).withJudgeCosts(judgeCosts).render(summaries, ctx.out());
    if (selection.hasMatrix()) {
      SelectionTable matrix = new SelectionTable(ascii);
      TextTable t = new TextTable(SelectionTable.TITLE + ":", matrix.headers(selection));
      matrix.rows(selection).forEach(t::addRow);
      ctx.out().println();
      t.render(ctx.out(), ascii ? TextTable.Style.ASCII : TextTable.Style.BOX);
      matrix.footer(selection).forEach(ctx.out()::println);
    }
    ctx.out().flush();
    boolean anyCandidate = selection.verdicts().stream().anyMatch(ModelVerdict::candidate);
    if (partial != null) {
      ctx.out().println();
      ctx.out()
          .println(
              "Partial run ("
                  + partial
                  + "): these figures cover only the calls that finished, so "
                  + "no model is recommended.");
    } else if (anyCandidate) {
      ctx.out().println();
      ctx.out().println(selection.recommendation().line());
    }
  }

  static boolean ascii(BenchmarkOptions options, CliContext ctx) {
    return options.ascii || !ctx.terminal().utf8();
  }
}
