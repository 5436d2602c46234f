package ai.trainloop.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  @Test
  void should_give_the_same_interval_for_the_same_data_every_time() {
    // given
    double[] scores = randomScores(500, 0.7, 1);

    // when
    Interval first = new Bootstrap().meanInterval(scores);
    Interval second = new Bootstrap().meanInterval(scores.clone());

    // then
    assertThat(second).isEqualTo(first);
  }

  @Test
  void should_change_the_interval_only_slightly_with_another_seed() {
    // given continuous scores (with 0/1 scores the resampled means fall on a grid and often give
    // equal ends)
    Random random = new Random(2);
    double[] scores = new double[500];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = random.nextDouble();
    }

    // when
    Interval seeded = new Bootstrap().meanInterval(scores);
    Interval other = new Bootstrap(12345L, Bootstrap.DEFAULT_RESAMPLES).meanInterval(scores);

    // then
    assertThat(other).isNotEqualTo(seeded);
    assertThat(other.lo()).isCloseTo(seeded.lo(), within(0.01));
    assertThat(other.hi()).isCloseTo(seeded.hi(), within(0.01));
  }

  @Test
  void should_match_the_normal_theory_interval_for_a_large_symmetric_sample() {
    // given 10,000 normal values: the mean's 95% interval is mean ± 1.96 sd / sqrt(n)
    Random random = new Random(7);
    double[] values = new double[10_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = 5 + 2 * random.nextGaussian();
    }
    double mean = Descriptive.mean(values);
    double halfWidth = 1.96 * Descriptive.sd(values) / Math.sqrt(values.length);

    // when
    Interval interval = new Bootstrap().meanInterval(values);

    // then
    assertThat(interval.lo()).isCloseTo(mean - halfWidth, within(0.1 * halfWidth));
    assertThat(interval.hi()).isCloseTo(mean + halfWidth, within(0.1 * halfWidth));
  }

  @Test
  void should_match_the_binomial_interval_for_pass_fail_scores() {
    // given 1,000 pass/fail scores with exactly 800 passes: Wilson-like half-width 1.96 sqrt(.8 .2
    // / 1000) = 0.0248
    double[] scores = new double[1000];
    for (int i = 0; i < 800; i++) {
      scores[i] = 1;
    }

    // when
    Interval interval = new Bootstrap().meanInterval(scores);

    // then
    assertThat(interval.contains(0.8)).isTrue();
    assertThat(interval.halfWidth()).isCloseTo(0.0248, within(0.003));
  }

  @Test
  void should_give_a_point_interval_when_all_values_are_equal_and_unknown_when_empty() {
    assertThat(new Bootstrap().meanInterval(new double[] {1, 1, 1})).isEqualTo(Interval.point(1));
    assertThat(new Bootstrap().meanInterval(new double[] {0.5})).isEqualTo(Interval.point(0.5));
    assertThat(new Bootstrap().meanInterval(new double[0]).known()).isFalse();
  }

  @Test
  void should_keep_a_skewed_interval_inside_the_possible_range() {
    // given 200 scores of which 198 pass: the mean is 0.99 and no resample can exceed 1
    double[] scores = new double[200];
    java.util.Arrays.fill(scores, 1);
    scores[0] = 0;
    scores[1] = 0;

    // when
    Interval interval = new Bootstrap().meanInterval(scores);

    // then
    assertThat(interval.hi()).isLessThanOrEqualTo(1.0);
    assertThat(interval.lo()).isBetween(0.96, 0.99);
  }

  @Test
  void should_handle_a_hundred_thousand_values_in_well_under_a_few_seconds_of_cpu() {
    // given
    double[] scores = randomScores(100_000, 0.8, 3);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    // when (CPU time of this thread, so other processes on a busy machine do not count; about 0.3 s
    // when warm)
    long start = threads.getCurrentThreadCpuTime();
    Interval interval = new Bootstrap().meanInterval(scores);
    long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;

    // then
    assertThat(interval.contains(Descriptive.mean(scores))).isTrue();
    assertThat(interval.halfWidth())
        .isCloseTo(1.96 * Math.sqrt(0.8 * 0.2 / 100_000), within(0.0005));
    assertThat(millis).isLessThan(3_000);
  }

  static double[] randomScores(int n, double passRate, long seed) {
    Random random = new Random(seed);
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = random.nextDouble() < passRate ? 1 : 0;
    }
    return scores;
  }
}
