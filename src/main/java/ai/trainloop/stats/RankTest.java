package ai.trainloop.stats;

import java.util.Arrays;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * Mann–Whitney U (Wilcoxon rank-sum) test of two independent sets of measurements, used for
 * per-call latencies of two runs: it asks whether one run's calls tend to take longer, without
 * assuming a distribution, and is not swayed by a few very slow calls. Commons Statistics picks the
 * exact distribution for small samples without ties and the normal approximation (with continuity
 * correction) otherwise.
 */
public final class RankTest {
  private static final MannWhitneyUTest TEST = MannWhitneyUTest.withDefaults();

  private RankTest() {}

  /**
   * Compares {@code current} with {@code baseline} (two-sided). Fewer than one value on either side
   * gives a result with NaN p-value.
   */
  public static RankResult test(double[] current, double[] baseline) {
    double currentMedian = Descriptive.median(current);
    double baselineMedian = Descriptive.median(baseline);
    if (current.length == 0 || baseline.length == 0) {
      return new RankResult(
          current.length, baseline.length, baselineMedian, currentMedian, Double.NaN, Double.NaN);
    }
    if (allEqual(current, baseline)) {
      // every value tied: no evidence of a shift (the normal approximation would divide by a zero
      // variance)
      return new RankResult(
          current.length,
          baseline.length,
          baselineMedian,
          currentMedian,
          current.length * (double) baseline.length / 2,
          1.0);
    }
    MannWhitneyUTest.Result result = TEST.test(current, baseline);
    return new RankResult(
        current.length,
        baseline.length,
        baselineMedian,
        currentMedian,
        result.getStatistic(),
        result.getPValue());
  }

  private static boolean allEqual(double[] current, double[] baseline) {
    double first = current[0];
    return Arrays.stream(current).allMatch(v -> v == first)
        && Arrays.stream(baseline).allMatch(v -> v == first);
  }

  /**
   * The outcome of {@link #test}.
   *
   * @param nCurrent values in the current set
   * @param nBaseline values in the baseline set
   * @param baselineMedian median of the baseline set
   * @param currentMedian median of the current set
   * @param u U statistic of the current set (pairs where the current value is larger, ties ½)
   * @param pValue two-sided p-value; NaN when a set is empty
   */
  public record RankResult(
      int nCurrent,
      int nBaseline,
      double baselineMedian,
      double currentMedian,
      double u,
      double pValue) {

    /**
     * P(a random current value exceeds a random baseline value), ties counted half: U / (n₁ n₂).
     */
    public double probabilityCurrentLarger() {
      return u / ((double) nCurrent * nBaseline);
    }
  }
}
