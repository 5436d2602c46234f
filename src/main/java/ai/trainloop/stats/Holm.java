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
}
