package ai.trainloop.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.statistics.inference.BinomialTest;

/**
 * Paired comparison of two per-sample score arrays: difference of means, its 95% interval by paired
 * bootstrap, and a two-sided p-value.
 *
 * <p>The p-value is McNemar's exact test when both arrays hold only 0/1 (an exact binomial test, p
 * = ½, on the discordant pairs); otherwise a sign-flip permutation test of the mean difference
 * (under "no difference" each pair's difference is as likely to have either sign): up to 10,000
 * seeded random sign patterns, p = (k + 1) / (B + 1), stopping early once h = 100 patterns were at
 * least as extreme as the data, with p = h / l (Besag and Clifford's sequential Monte Carlo
 * p-value, 1991), so clearly non-significant comparisons cost a few hundred patterns; above 10,000
 * non-zero differences the normal approximation of that same permutation distribution (mean 0,
 * variance Σd²) is used, which is then accurate to far below the Monte Carlo error.
 */
public final class PairedTest {
  /** Random sign patterns drawn by the permutation test. */
  public static final int DEFAULT_PERMUTATIONS = 10_000;

  private static final int MONTE_CARLO_LIMIT = 10_000;
  static final int EARLY_STOP = 100;

  private final Bootstrap bootstrap;
  private final long seed;
  private final int permutations;

  /** Default bootstrap, {@link Bootstrap#DEFAULT_SEED} and {@link #DEFAULT_PERMUTATIONS}. */
  public PairedTest() {
    this(new Bootstrap(), Bootstrap.DEFAULT_SEED, DEFAULT_PERMUTATIONS);
  }

  public PairedTest(Bootstrap bootstrap, long seed, int permutations) {
    this.bootstrap = bootstrap;
    this.seed = seed;
    this.permutations = permutations;
  }

  /** Compares {@code current[i]} with {@code baseline[i]}, pair by pair. */
  public PairedResult compare(double[] current, double[] baseline) {
    return compare(current, baseline, true);
  }

  /**
   * As {@link #compare} but without the bootstrap interval ({@link Interval#UNKNOWN}), when only p
   * matters.
   */
  public PairedResult significance(double[] current, double[] baseline) {
    return compare(current, baseline, false);
  }

  /**
   * The paired-bootstrap interval of {@code mean(current − baseline)} at {@code level}, clipped to
   * [−1, 1] (the range of a difference of two 0..1 scores); {@link Interval#UNKNOWN} without pairs
   * or a level.
   */
  public Interval interval(double[] current, double[] baseline, double level) {
    double[] d = Descriptive.differences(current, baseline);
    if (d.length == 0 || Double.isNaN(level)) {
      return Interval.UNKNOWN;
    }
    return bootstrap.meanInterval(d, level).clip(-1, 1);
  }

  private PairedResult compare(double[] current, double[] baseline, boolean withInterval) {
    double[] d = Descriptive.differences(current, baseline);
    if (d.length == 0) {
      return PairedResult.empty();
    }
    double currentMean = Descriptive.mean(current);
    double baselineMean = Descriptive.mean(baseline);
    Interval ci = withInterval ? bootstrap.meanInterval(d) : Interval.UNKNOWN;
    String method;
    double p;
    if (Descriptive.isBinary(current) && Descriptive.isBinary(baseline)) {
      method = PairedResult.MCNEMAR;
      p = mcNemar(current, baseline);
    } else {
      double[] nonZero = Arrays.stream(d).filter(x -> x != 0).toArray();
      boolean approximate = nonZero.length > MONTE_CARLO_LIMIT;
      method = approximate ? PairedResult.SIGN_FLIP_NORMAL : PairedResult.SIGN_FLIP;
      p = approximate ? signFlipNormal(nonZero) : signFlipMonteCarlo(nonZero);
    }
    return new PairedResult(
        d.length, baselineMean, currentMean, currentMean - baselineMean, ci, p, method);
  }

  /** McNemar's exact p-value: two-sided binomial test of the discordant pairs at p = ½. */
  public static double mcNemar(double[] current, double[] baseline) {
    int currentOnly = 0;
    int baselineOnly = 0;
    for (int i = 0; i < current.length; i++) {
      if (current[i] > baseline[i]) {
        currentOnly++;
      } else if (current[i] < baseline[i]) {
        baselineOnly++;
      }
    }
    return mcNemar(currentOnly, baselineOnly);
  }

  /** McNemar's exact p-value from the discordant counts (pairs where only one side passed). */
  public static double mcNemar(int onlyFirstPassed, int onlySecondPassed) {
    int discordant = onlyFirstPassed + onlySecondPassed;
    if (discordant == 0) {
      return 1.0;
    }
    return BinomialTest.withDefaults().test(discordant, onlyFirstPassed, 0.5).getPValue();
  }

  private double signFlipMonteCarlo(double[] d) {
    if (d.length == 0) {
      return 1.0;
    }
    double observed = Math.abs(Arrays.stream(d).sum());
    double threshold = observed * (1 - 1e-12);
    SplittableRandom random = new SplittableRandom(seed);
    int atLeastAsExtreme = 0;
    for (int b = 0; b < permutations; b++) {
      double sum = 0;
      long bits = 0;
      for (int i = 0; i < d.length; i++) {
        if ((i & 63) == 0) {
          bits = random.nextLong();
        }
        sum += (bits & 1) == 0 ? d[i] : -d[i];
        bits >>>= 1;
      }
      if (Math.abs(sum) >= threshold && ++atLeastAsExtreme == EARLY_STOP) {
        return EARLY_STOP / (b + 1.0);
      }
    }
    return (atLeastAsExtreme + 1.0) / (permutations + 1.0);
  }

  private static double signFlipNormal(double[] d) {
    double sum = 0;
    double sumSquares = 0;
    for (double x : d) {
      sum += x;
      sumSquares += x * x;
    }
    double z = Math.abs(sum) / Math.sqrt(sumSquares);
    return Math.min(1.0, 2 * Bootstrap.STANDARD_NORMAL.survivalProbability(z));
  }
}
