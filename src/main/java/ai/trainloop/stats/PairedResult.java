package ai.trainloop.stats;

/**
 * A paired comparison of two per-sample score arrays (current vs baseline, or model A vs model B).
 *
 * @param n pairs compared
 * @param baselineMean mean of the baseline (second) array over the pairs
 * @param currentMean mean of the current (first) array over the pairs
 * @param delta {@code currentMean − baselineMean}
 * @param ci95 95% paired-bootstrap interval of {@code delta}
 * @param pValue two-sided p-value of "no difference"; NaN when there are no pairs
 * @param method the test behind {@code pValue}, as shown to users
 */
public record PairedResult(
    int n,
    double baselineMean,
    double currentMean,
    double delta,
    Interval ci95,
    double pValue,
    String method) {

  /** Method name of McNemar's exact test (both arrays 0/1). */
  public static final String MCNEMAR = "McNemar exact";

  /** Method name of the Monte Carlo sign-flip permutation test. */
  public static final String SIGN_FLIP = "sign-flip permutation";

  /** Method name of the sign-flip test's normal approximation, used for very many pairs. */
  public static final String SIGN_FLIP_NORMAL = "sign-flip (normal approximation)";

  /** The result when there is nothing to compare. */
  public static PairedResult empty() {
    return new PairedResult(
        0, Double.NaN, Double.NaN, Double.NaN, Interval.UNKNOWN, Double.NaN, "no pairs");
  }

  /** True when there was at least one pair. */
  public boolean compared() {
    return n > 0;
  }
}
