package ai.trainloop.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankTestTest {

  @Test
  void should_give_the_exact_p_value_of_two_completely_separated_small_samples() {
    // given every current latency above every baseline latency: U = 9 of 9, and only 2 of the
    // C(6,3) = 20
    // arrangements are as extreme (two-sided), so p = 0.1
    RankTest.RankResult result =
        RankTest.test(new double[] {400, 500, 600}, new double[] {100, 200, 300});

    assertThat(result.u()).isEqualTo(9.0);
    assertThat(result.probabilityCurrentLarger()).isEqualTo(1.0);
    assertThat(result.pValue()).isCloseTo(0.1, within(1e-12));
    assertThat(result.baselineMedian()).isEqualTo(200);
    assertThat(result.currentMedian()).isEqualTo(500);
  }

  @Test
  void should_count_ties_half_in_u() {
    // given pairs (current > baseline): 2 vs 1 -> 1, 2 vs 2 -> 0.5, 3 vs 1 -> 1, 3 vs 2 -> 1: U =
    // 3.5
    RankTest.RankResult result = RankTest.test(new double[] {2, 3}, new double[] {1, 2});

    assertThat(result.u()).isEqualTo(3.5);
  }

  @Test
  void should_find_a_shift_in_many_latencies_significant() {
    double[] baseline = new double[300];
    double[] current = new double[300];
    java.util.Random random = new java.util.Random(5);
    for (int i = 0; i < 300; i++) {
      baseline[i] = 800 * Math.exp(0.3 * random.nextGaussian());
      current[i] = 1000 * Math.exp(0.3 * random.nextGaussian());
    }

    assertThat(RankTest.test(current, baseline).pValue()).isLessThan(1e-6);
  }

  @Test
  void should_give_nan_p_value_when_one_side_is_empty() {
    assertThat(RankTest.test(new double[0], new double[] {1, 2}).pValue()).isNaN();
  }

  @Test
  void should_see_no_shift_when_every_latency_is_tied() {
    RankTest.RankResult result =
        RankTest.test(new double[] {800, 800}, new double[] {800, 800, 800});

    assertThat(result.pValue()).isEqualTo(1.0);
    assertThat(result.u()).isEqualTo(3.0);
  }
}
