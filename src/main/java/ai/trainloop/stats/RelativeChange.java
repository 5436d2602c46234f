package ai.trainloop.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile-bootstrap 95% intervals of a relative change ({@code current / baseline − 1}), used
 * for cost per sample (paired, ratio of means) and latency (two independent sets of calls, ratio of
 * medians). Seeded like {@link Bootstrap}, so the same data always gives the same interval.
 */
public final class RelativeChange {
  private final long seed;
  private final int resamples;

  /** Uses {@link Bootstrap#DEFAULT_SEED} and {@link Bootstrap#DEFAULT_RESAMPLES}. */
  public RelativeChange() {
    this(Bootstrap.DEFAULT_SEED, Bootstrap.DEFAULT_RESAMPLES);
  }

  public RelativeChange(long seed, int resamples) {
    this.seed = seed;
    this.resamples = resamples;
  }

  /**
   * {@code mean(current) / mean(baseline) − 1}; NaN when the baseline mean is 0 or there is no
   * data.
   */
  public static double ofMeans(double[] current, double[] baseline) {
    return ratio(Descriptive.mean(current), Descriptive.mean(baseline));
  }

  /**
   * {@code median(current) / median(baseline) − 1}; NaN when the baseline median is 0 or there is
   * no data.
   */
  public static double ofMedians(double[] current, double[] baseline) {
    return ratio(Descriptive.median(current), Descriptive.median(baseline));
  }

  /**
   * 95% interval of {@link #ofMeans} by resampling the pairs {@code (current[i], baseline[i])}
   * together.
   */
  public Interval pairedMeansInterval(double[] current, double[] baseline) {
    int n = current.length;
    if (n == 0 || n != baseline.length) {
      return Interval.UNKNOWN;
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] ratios = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      double sumCurrent = 0;
      double sumBaseline = 0;
      for (int i = 0; i < n; i++) {
        int j = Bootstrap.index(random.nextLong() >>> 32, n);
        sumCurrent += current[j];
        sumBaseline += baseline[j];
      }
      ratios[b] = ratio(sumCurrent, sumBaseline);
    }
    return percentileInterval(ratios);
  }

  /** 95% interval of {@link #ofMedians}, resampling each set of calls on its own. */
  public Interval mediansInterval(double[] current, double[] baseline) {
    if (current.length == 0 || baseline.length == 0) {
      return Interval.UNKNOWN;
    }
    double[] sortedCurrent = sorted(current);
    double[] sortedBaseline = sorted(baseline);
    SplittableRandom random = new SplittableRandom(seed);
    double[] ratios = new double[resamples];
    int[] counts = new int[Math.max(current.length, baseline.length)];
    for (int b = 0; b < resamples; b++) {
      double c = resampledMedian(sortedCurrent, counts, random);
      ratios[b] = ratio(c, resampledMedian(sortedBaseline, counts, random));
    }
    return percentileInterval(ratios);
  }

  /**
   * Median of one resample in O(n): count how often each order statistic is drawn, then walk the
   * counts.
   */
  private static double resampledMedian(double[] sorted, int[] counts, SplittableRandom random) {
    int n = sorted.length;
    Arrays.fill(counts, 0, n, 0);
    for (int i = 0; i < n; i++) {
      counts[Bootstrap.index(random.nextLong() >>> 32, n)]++;
    }
    int lowRank = (n + 1) / 2;
    int highRank = n / 2 + 1;
    double low = Double.NaN;
    int cumulative = 0;
    for (int k = 0; k < n; k++) {
      cumulative += counts[k];
      if (Double.isNaN(low) && cumulative >= lowRank) {
        low = sorted[k];
      }
      if (cumulative >= highRank) {
        return (low + sorted[k]) / 2;
      }
    }
    return low;
  }

  private static Interval percentileInterval(double[] estimates) {
    double[] finite = Arrays.stream(estimates).filter(Double::isFinite).sorted().toArray();
    if (finite.length < estimates.length * 0.9) {
      return Interval.UNKNOWN;
    }
    return new Interval(Bootstrap.quantile(finite, 0.025), Bootstrap.quantile(finite, 0.975));
  }

  private static double[] sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  private static double ratio(double current, double baseline) {
    return baseline == 0 || Double.isNaN(baseline) ? Double.NaN : current / baseline - 1;
  }
}
