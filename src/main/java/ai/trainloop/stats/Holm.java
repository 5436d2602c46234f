package ai.trainloop.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction of a family of p-values (Holm 1979): sort ascending, multiply the
 * k-th smallest (k from 0) by {@code m − k}, keep the running maximum, cap at 1. Rejecting where
 * the adjusted p-value is below alpha controls the chance of any false alarm in the family at
 * alpha. NaN entries (nothing compared) stay NaN and do not count towards m.
 */
public final class Holm {
  private Holm() {}

  /** Adjusted p-values, in the order of {@code pValues}. */
  public static double[] adjust(double[] pValues) {
    double[] adjusted = new double[pValues.length];
    Arrays.fill(adjusted, Double.NaN);
    Integer[] order =
        IntStream.range(0, pValues.length)
            .filter(i -> !Double.isNaN(pValues[i]))
            .boxed()
            .sorted(Comparator.comparingDouble(i -> pValues[i]))
            .toArray(Integer[]::new);
    int m = order.length;
    double runningMax = 0;
    for (int k = 0; k < m; k++) {
      double value = Math.min(1.0, (m - k) * pValues[order[k]]);
      runningMax = Math.max(runningMax, value);
      adjusted[order[k]] = runningMax;
    }
    return adjusted;
  }

  /**
   * The confidence level of a Holm-consistent interval for each p-value, in the order of {@code
   * pValues}: the k-th smallest (k from 0) is tested by Holm at {@code alpha / (m − k)}, so its
   * interval is at level {@code 1 − alpha / (m − k)}; once a step fails to reject, every later one
   * is judged at that same step's level (Holm stops there). An interval at these levels excludes 0
   * when, and only when, the test at that step would reject (up to the difference between the
   * bootstrap interval and the exact test). NaN entries get NaN.
   */
  public static double[] levels(double[] pValues, double alpha) {
    double[] levels = new double[pValues.length];
    Arrays.fill(levels, Double.NaN);
    Integer[] order =
        IntStream.range(0, pValues.length)
            .filter(i -> !Double.isNaN(pValues[i]))
            .boxed()
            .sorted(Comparator.comparingDouble(i -> pValues[i]))
            .toArray(Integer[]::new);
    int m = order.length;
    int step = 0;
    boolean stopped = false;
    for (int k = 0; k < m; k++) {
      if (!stopped) {
        step = k;
        stopped = pValues[order[k]] >= alpha / (m - k);
      }
      levels[order[k]] = 1 - alpha / (m - step);
    }
    return levels;
  }
}
