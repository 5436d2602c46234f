package ai.trainloop.stats;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * Plain descriptive statistics over {@code double[]}: NaN for an empty array, never an exception.
 */
public final class Descriptive {
  // withCopy(true): Quantile partially sorts its input in place by default; callers' arrays must
  // stay as they are
  private static final Quantile NEAREST_RANK =
      Quantile.withDefaults().withCopy(true).with(Quantile.EstimationMethod.HF1);
  private static final Quantile MEDIAN =
      Quantile.withDefaults().withCopy(true).with(Quantile.EstimationMethod.HF7);

  private Descriptive() {}

  /** Arithmetic mean; NaN when empty. */
  public static double mean(double[] values) {
    return values.length == 0 ? Double.NaN : Mean.of(values).getAsDouble();
  }

  /** Sample standard deviation (n − 1 in the denominator); NaN with fewer than two values. */
  public static double sd(double[] values) {
    return values.length < 2 ? Double.NaN : StandardDeviation.of(values).getAsDouble();
  }

  /** Median (the mean of the two middle values for an even count); NaN when empty. */
  public static double median(double[] values) {
    return values.length == 0 ? Double.NaN : MEDIAN.evaluate(values, 0.5);
  }

  /**
   * Nearest-rank percentile (the smallest observation with at least {@code p} of the data at or
   * below it), so a p95 is always a latency that was actually measured; NaN when empty.
   */
  public static double percentile(double[] values, double p) {
    return values.length == 0 ? Double.NaN : NEAREST_RANK.evaluate(values, p);
  }

  /** True when every value is exactly 0 or 1 (pass/fail data). */
  public static boolean isBinary(double[] values) {
    return Arrays.stream(values).allMatch(v -> v == 0.0 || v == 1.0);
  }

  /** Element-wise {@code a[i] − b[i]}. */
  public static double[] differences(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "paired arrays differ in length: " + a.length + " vs " + b.length);
    }
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = a[i] - b[i];
    }
    return d;
  }
}
