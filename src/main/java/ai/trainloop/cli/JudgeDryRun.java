package ai.trainloop.cli;

import ai.trainloop.config.MetricSpec;
import ai.trainloop.cost.JudgePlanner;
import ai.trainloop.cost.PriceResolver;
import ai.trainloop.cost.TokenEstimator;
import ai.trainloop.cost.UsdFormat;
import ai.trainloop.eval.JudgedMetric;
import ai.trainloop.eval.Metric;
import ai.trainloop.eval.PairwiseMetric;
import ai.trainloop.eval.builtin.BuiltinMetrics;
import ai.trainloop.render.TextTable;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The judge's calls and cost in {@code --dry-run}: a table under the plan, or a JSON block. */
final class JudgeDryRun {
  static final String TITLE = "Judge calls (estimates; nothing was sent)";

  private final List<JudgePlanner.JudgePlan> plans;

  private JudgeDryRun(List<JudgePlanner.JudgePlan> plans) {
    this.plans = plans;
  }

  /**
   * The judge's plan; null when no metric of the run asks a judge.
   *
   * @param replying the models whose replies are judged
   */
  static JudgeDryRun of(Setup setup, List<String> replying) {
    if (setup.scorer().judgeMetrics().isEmpty()) {
      return null;
    }
    Map<String, Integer> perMetric = new HashMap<>();
    for (MetricSpec spec : setup.config().metrics()) {
      perMetric.put(spec.name(), BuiltinMetrics.judgePrompts(spec));
    }
    Map<String, Metric> metrics = setup.scorer().metrics();
    Map<String, Integer> perTag = new HashMap<>();
    List<JudgePlanner.JudgePlan> plans =
        new JudgePlanner(PriceResolver.forConfig(setup.config()), new TokenEstimator())
            .plan(
                setup.samples(),
                setup.repeats(), // each repeat's reply is judged
                tag ->
                    perTag.computeIfAbsent(
                        tag,
                        t ->
                            setup.scorer().metricsFor(t).stream()
                                .mapToInt(
                                    name -> questions(metrics.get(name), perMetric, name, replying))
                                .sum()),
                setup.config().judge());
    return new JudgeDryRun(plans);
  }

  /**
   * The judge questions one metric asks about one sample, over every replying model: a pairwise
   * metric does not judge the model it compares with against itself.
   */
  private static int questions(
      Metric metric, Map<String, Integer> perMetric, String name, List<String> replying) {
    if (metric instanceof PairwiseMetric p) {
      long replies =
          replying.stream().filter(id -> !p.againstModel() || !id.equals(p.against())).count();
      return (int) replies * 2;
    }
    if (metric instanceof JudgedMetric j && j.needsJudge()) {
      return perMetric.getOrDefault(name, 2) * replying.size();
    }
    return 0;
  }

  /** Judge calls in all. */
  long calls() {
    return plans.stream().mapToLong(JudgePlanner.JudgePlan::calls).sum();
  }

  /** Their estimated cost; null when a judge has no price. */
  BigDecimal cost() {
    BigDecimal sum = BigDecimal.ZERO;
    for (JudgePlanner.JudgePlan p : plans) {
      if (p.costUsd() == null) {
        return null;
      }
      sum = sum.add(p.costUsd());
    }
    return sum;
  }

  void render(PrintWriter out, TextTable.Style style, BigDecimal candidates) throws IOException {
    TextTable t =
        new TextTable(
            TITLE + ":",
            List.of("Judge model", "Calls", "Est. input tok", "Est. output tok", "Est. cost"));
    for (JudgePlanner.JudgePlan p : plans) {
      t.addRow(
          p.judgeId(),
          Long.toString(p.calls()),
          "~" + p.inputTokens(),
          "~" + p.outputTokens(),
          UsdFormat.format(p.costUsd()));
    }
    out.println();
    t.render(out, style);
    out.println(
        "Judge calls = replies × judge questions per reply (2 per claim pair, 1 per rubric, 2"
            + " orders per pairwise comparison, which leaves out the replies of the model it"
            + " compares with) × calls_per_model_per_claim, per judge model; input ~ template,"
            + " prompt and recorded reply.");
    BigDecimal total = candidates == null || cost() == null ? null : candidates.add(cost());
    out.println("Est. total with the judge: " + UsdFormat.format(total) + ".");
  }

  void putJson(ObjectNode root, BigDecimal candidates) {
    ObjectNode judge = root.putObject("judge");
    ArrayNode models = judge.putArray("models");
    for (JudgePlanner.JudgePlan p : plans) {
      ObjectNode o = models.addObject();
      o.put("id", p.judgeId());
      o.put("calls", p.calls());
      o.put("input_tokens", p.inputTokens());
      o.put("output_tokens", p.outputTokens());
      o.put("estimated_cost_usd", p.costUsd());
    }
    judge.put("calls", calls());
    judge.put("estimated_cost_usd", cost());
    BigDecimal total = candidates == null || cost() == null ? null : candidates.add(cost());
    root.put("total_with_judge_estimated_cost_usd", total);
  }
}
