package ai.trainloop.stats;

/**
 * The smallest drop in a mean that a paired comparison of {@code n} samples detects with a given
 * power, by the normal approximation of the paired test:
 *
 * <pre>
 *   MDD = (z(1 − α/2) + z(power)) · σ_d / √n
 * </pre>
 *
 * where σ_d is the standard deviation of the per-sample differences and z the standard normal
 * quantile. With α = 0.05 and power 0.8 the factor is 1.960 + 0.842 = 2.802. For pass/fail scores
 * of two independent runs at pass rate p, σ_d = √(2p(1 − p)): at p = 0.8 a run of 200 samples
 * detects drops of about 0.11, one of 1,000 drops of about 0.05. When samples differ in difficulty
 * the differences vary less and smaller drops are detectable, which is why {@link #fromDifferences}
 * uses the observed differences when there are some.
 */
public final class MinimumDetectableDrop {
  /** Power used when none is given. */
  public static final double DEFAULT_POWER = 0.8;

  private MinimumDetectableDrop() {}

  /**
   * MDD for {@code n} pairs whose differences have standard deviation {@code sdOfDifferences}; NaN
   * if n = 0.
   */
  public static double paired(int n, double sdOfDifferences, double alpha, double power) {
    if (n <= 0 || Double.isNaN(sdOfDifferences)) {
      return Double.NaN;
    }
    double zAlpha = Bootstrap.STANDARD_NORMAL.inverseSurvivalProbability(alpha / 2);
    double zPower = Bootstrap.STANDARD_NORMAL.inverseCumulativeProbability(power);
    return (zAlpha + zPower) * sdOfDifferences / Math.sqrt(n);
  }

  /** MDD at 80% power, taking σ_d from observed paired differences (NaN with fewer than two). */
  public static double fromDifferences(double[] differences, double alpha) {
    return paired(differences.length, Descriptive.sd(differences), alpha, DEFAULT_POWER);
  }

  /**
   * MDD at 80% power for pass/fail scores at pass rate {@code passRate}, assuming independent runs.
   */
  public static double forPassRate(int n, double passRate, double alpha) {
    return paired(n, Math.sqrt(2 * passRate * (1 - passRate)), alpha, DEFAULT_POWER);
  }
}
