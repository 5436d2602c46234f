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
    return toBuilder().pAdjusted(adjusted).verdict(newVerdict).build();
  }

  /**
   * A builder of a row not compared: no pairs, every figure NaN, an unknown interval, no method,
   * not gating.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this row's components. */
  public Builder toBuilder() {
    return new Builder()
        .modelId(modelId)
        .name(name)
        .kind(kind)
        .n(n)
        .baseline(baseline)
        .current(current)
        .delta(delta)
        .ci95(ci95)
        .pValue(pValue)
        .pAdjusted(pAdjusted)
        .method(method)
        .verdict(verdict)
        .gating(gating);
  }

  /** Builds a {@link ChangeRow} by named components; see the record for what each means. */
  public static final class Builder {
    private String modelId;
    private String name;
    private ChangeKind kind;
    private int n;
    private double baseline = Double.NaN;
    private double current = Double.NaN;
    private double delta = Double.NaN;
    private Interval ci95 = Interval.UNKNOWN;
    private double pValue = Double.NaN;
    private double pAdjusted = Double.NaN;
    private String method = "";
    private Verdict verdict = Verdict.NOT_COMPARED;
    private boolean gating;

    private Builder() {}

    public Builder modelId(String modelId) {
      this.modelId = modelId;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder kind(ChangeKind kind) {
      this.kind = kind;
      return this;
    }

    public Builder n(int n) {
      this.n = n;
      return this;
    }

    public Builder baseline(double baseline) {
      this.baseline = baseline;
      return this;
    }

    public Builder current(double current) {
      this.current = current;
      return this;
    }

    public Builder delta(double delta) {
      this.delta = delta;
      return this;
    }

    public Builder ci95(Interval ci95) {
      this.ci95 = ci95;
      return this;
    }

    public Builder pValue(double pValue) {
      this.pValue = pValue;
      return this;
    }

    public Builder pAdjusted(double pAdjusted) {
      this.pAdjusted = pAdjusted;
      return this;
    }

    public Builder method(String method) {
      this.method = method;
      return this;
    }

    public Builder verdict(Verdict verdict) {
      this.verdict = verdict;
      return this;
    }

    public Builder gating(boolean gating) {
      this.gating = gating;
      return this;
    }

    public ChangeRow build() {
      return new ChangeRow(
          modelId, name, kind, n, baseline, current, delta, ci95, pValue, pAdjusted, method,
          verdict, gating);
    }
  }
}
