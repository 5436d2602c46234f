package ai.trainloop.compare;

import ai.trainloop.stats.Interval;

/**
 * One row of "Changes vs baseline": a model's score, one metric, cost per sample or latency,
 * baseline against now.
 *
 * <p>For {@link ChangeKind#SCORE} and {@link ChangeKind#METRIC} rows {@code baseline} and {@code
 * current} are mean scores over the {@code n} paired samples and {@code delta} and {@code ci95} are
 * absolute ({@code current − baseline}). For {@link ChangeKind#COST} they are mean USD per sample
 * and the delta is relative ({@code +0.12} = 12% dearer); for {@link ChangeKind#LATENCY} they are
 * median milliseconds per call and the delta is relative.
 *
 * @param modelId the model
 * @param name "Avg", the metric name, "cost/sample" or "latency p50"
 * @param kind what is measured
 * @param n pairs (score, metric, cost) or calls in the smaller run (latency) compared
 * @param baseline baseline value
 * @param current current value
 * @param delta change (see above)
 * @param ci95 95% interval of the change
 * @param pValue raw two-sided p-value; NaN when not compared
 * @param pAdjusted Holm-adjusted p-value across every row compared; NaN when not compared
 * @param method the test behind the p-value
 * @param verdict improved / regressed / unchanged / coverage lost / not compared
 * @param gating true when {@code fail_on} lists this kind, so a regression here fails the run
 */
public record ChangeRow(
    String modelId,
    String name,
    ChangeKind kind,
    int n,
    double baseline,
    double current,
    double delta,
    Interval ci95,
    double pValue,
    double pAdjusted,
    String method,
    Verdict verdict,
    boolean gating) {

  /** A row that fails the run: a gating regression or lost coverage. */
  public boolean failsRun() {
    return verdict == Verdict.COVERAGE_LOST || (verdict == Verdict.REGRESSED && gating);
  }

  ChangeRow judged(double adjusted, Verdict newVerdict) {
    return new ChangeRow(
        modelId,
        name,
        kind,
        n,
        baseline,
        current,
        delta,
        ci95,
        pValue,
        adjusted,
        method,
        newVerdict,
        gating);
  }
}
