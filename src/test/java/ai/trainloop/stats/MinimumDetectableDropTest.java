package ai.trainloop.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MinimumDetectableDropTest {

  @Test
  void should_follow_the_documented_formula() {
    // (1.959964 + 0.841621) * 0.5 / sqrt(100)
    assertThat(MinimumDetectableDrop.paired(100, 0.5, 0.05, 0.8))
        .isCloseTo(0.1400793, within(1e-6));
  }

  @Test
  void should_say_a_run_of_200_cannot_reliably_see_a_ten_point_drop_but_one_of_1000_can() {
    // sd of the difference of two independent pass/fail results at 80%: sqrt(2 * 0.8 * 0.2) =
    // 0.5657
    assertThat(MinimumDetectableDrop.forPassRate(200, 0.8, 0.05)).isCloseTo(0.1121, within(0.0005));
    assertThat(MinimumDetectableDrop.forPassRate(1000, 0.8, 0.05))
        .isCloseTo(0.0501, within(0.0005));
  }

  @Test
  void should_use_the_spread_of_observed_differences() {
    double[] differences = {1, -1, 1, -1};

    // sd = sqrt(4/3)
    assertThat(MinimumDetectableDrop.fromDifferences(differences, 0.05))
        .isCloseTo(2.801585 * Math.sqrt(4.0 / 3) / 2, within(1e-5));
    assertThat(MinimumDetectableDrop.paired(0, 0.5, 0.05, 0.8)).isNaN();
  }
}
