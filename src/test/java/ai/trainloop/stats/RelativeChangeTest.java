package ai.trainloop.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RelativeChangeTest {

  @Test
  void should_compute_relative_change_of_means_and_medians() {
    assertThat(RelativeChange.ofMeans(new double[] {1.2, 1.2}, new double[] {1, 1}))
        .isCloseTo(0.2, within(1e-12));
    assertThat(RelativeChange.ofMedians(new double[] {5, 6, 100}, new double[] {4, 5, 6}))
        .isCloseTo(0.2, within(1e-12));
    assertThat(RelativeChange.ofMeans(new double[] {1}, new double[] {0})).isNaN();
  }

  @Test
  void should_bracket_the_relative_change_of_paired_costs_reproducibly() {
    // given costs 25% higher now, with noise
    Random random = new Random(3);
    double[] baseline = new double[400];
    double[] current = new double[400];
    for (int i = 0; i < 400; i++) {
      baseline[i] = 0.001 * (1 + random.nextDouble());
      current[i] = baseline[i] * 1.25 * (0.9 + 0.2 * random.nextDouble());
    }

    // when
    Interval interval = new RelativeChange().pairedMeansInterval(current, baseline);

    // then
    assertThat(interval.contains(RelativeChange.ofMeans(current, baseline))).isTrue();
    assertThat(interval.lo()).isGreaterThan(0.2);
    assertThat(interval.hi()).isLessThan(0.3);
    assertThat(new RelativeChange().pairedMeansInterval(current, baseline)).isEqualTo(interval);
  }

  @Test
  void should_bracket_the_relative_change_of_median_latency() {
    Random random = new Random(4);
    double[] baseline = new double[500];
    double[] current = new double[300];
    for (int i = 0; i < baseline.length; i++) {
      baseline[i] = 800 * Math.exp(0.2 * random.nextGaussian());
    }
    for (int i = 0; i < current.length; i++) {
      current[i] = 1000 * Math.exp(0.2 * random.nextGaussian());
    }

    Interval interval = new RelativeChange().mediansInterval(current, baseline);

    assertThat(interval.contains(RelativeChange.ofMedians(current, baseline))).isTrue();
    assertThat(interval.lo()).isGreaterThan(0.15);
    assertThat(interval.hi()).isLessThan(0.35);
  }
}
