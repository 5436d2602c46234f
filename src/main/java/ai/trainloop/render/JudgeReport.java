package ai.trainloop.render;

import ai.trainloop.aggregate.JudgeAgreement;
import ai.trainloop.cost.JudgeLedger;
import ai.trainloop.cost.UsdFormat;
import ai.trainloop.format.Formats;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The judge's part of a run's report: the top-level {@code judge} block of report.json, the lines
 * of its agreement under the tables, and the run's total spend.
 */
public final class JudgeReport {
  private JudgeReport() {}

  /**
   * {@code judge: {models, calls_per_model_per_claim, calls, answered, tokens: {input, output},
   * cost_usd, cost_by_model_usd, agreement: {basis, judgements, percent, kappa, per_metric},
   * contradiction_rate, position_bias_rate}}.
   */
  public static ObjectNode toJson(
      List<String> models, int k, JudgeLedger.Totals t, JudgeAgreement.Result a) {
    ObjectNode n = JsonValues.FACTORY.objectNode();
    models.forEach(n.putArray("models")::add);
    n.put("calls_per_model_per_claim", k);
    n.put("calls", t.calls());
    n.put("answered", t.answered());
    ObjectNode tokens = n.putObject("tokens");
    tokens.put("input", t.inputTokens());
    tokens.put("output", t.outputTokens());
    n.put("cost_usd", t.costUsd());
    ObjectNode byJudge = n.putObject("cost_by_model_usd");
    t.byJudge().forEach(byJudge::put);
    ObjectNode agreement = n.putObject("agreement");
    figures(agreement, a.overall());
    ObjectNode perMetric = agreement.putObject("per_metric");
    a.perMetric().forEach((m, f) -> figures(perMetric.putObject(m), f));
    ObjectNode contradictions = n.putObject("contradiction_rate");
    a.contradictions().forEach(contradictions::put);
    ObjectNode positionBias = n.putObject("position_bias_rate");
    a.positionBias().forEach(positionBias::put);
    return n;
  }

  private static void figures(ObjectNode o, JudgeAgreement.Figures f) {
    o.put("basis", f.basis());
    o.put("judgements", f.judgements());
    o.put("percent", f.percent());
    o.put("kappa", f.kappa());
  }

  /** The lines shown below the tables: agreement overall and per metric. */
  public static List<String> agreementLines(JudgeAgreement.Result a, List<String> models, int k) {
    List<String> out = new ArrayList<>();
    if (a.overall().basis() == null) {
      out.add("Judge agreement: one judge model asked once per claim; nothing to compare.");
      return out;
    }
    out.add(
        "models".equals(a.overall().basis())
            ? "Judge agreement between " + String.join(", ", models) + " (Fleiss' kappa):"
            : "Judge self-consistency of "
                + models.get(0)
                + " over its "
                + k
                + " calls per claim"
                + " (Fleiss' kappa):");
    out.add("  overall: " + line(a.overall()));
    a.perMetric().forEach((m, f) -> out.add("  " + m + ": " + line(f)));
    return out;
  }

  private static String line(JudgeAgreement.Figures f) {
    if (f.judgements() == 0) {
      return "no judgement where every rater gave a verdict";
    }
    return String.format(
        Locale.ROOT,
        "%s of %d judgements agree, kappa %s",
        Formats.percent(f.percent() / 100),
        f.judgements(),
        f.kappa() == null ? Formats.UNKNOWN : String.format(Locale.ROOT, "%.2f", f.kappa()));
  }

  /** {@code Total spend: $X (candidates $Y + judge $Z)}; n/a where a cost is unknown. */
  public static String totalSpend(BigDecimal candidates, BigDecimal judge) {
    BigDecimal total = candidates == null || judge == null ? null : candidates.add(judge);
    return "Total spend: "
        + UsdFormat.format(total)
        + " (candidates "
        + UsdFormat.format(candidates)
        + " + judge "
        + UsdFormat.format(judge)
        + ")";
  }
}
