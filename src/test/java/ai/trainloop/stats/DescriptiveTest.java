package ai.trainloop.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DescriptiveTest {

  @Test
  void should_compute_median_and_nearest_rank_percentile_without_reordering_the_input() {
    double[] latencies = {500, 100, 400, 200, 300, 1000};

    assertThat(Descriptive.median(latencies)).isEqualTo(350);
    assertThat(Descriptive.percentile(latencies, 0.95)).isEqualTo(1000);
    assertThat(Descriptive.percentile(latencies, 0.5)).isEqualTo(300);
    assertThat(latencies).containsExactly(500, 100, 400, 200, 300, 1000);
  }

  @Test
  void should_return_nan_for_empty_data_and_recognise_pass_fail_scores() {
    assertThat(Descriptive.mean(new double[0])).isNaN();
    assertThat(Descriptive.sd(new double[] {1})).isNaN();
    assertThat(Descriptive.median(new double[0])).isNaN();
    assertThat(Descriptive.isBinary(new double[] {0, 1, 1})).isTrue();
    assertThat(Descriptive.isBinary(new double[] {0, 0.5})).isFalse();
  }

  @Test
  void should_refuse_paired_arrays_of_different_length() {
    assertThatThrownBy(() -> Descriptive.differences(new double[2], new double[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 vs 3");
  }
}
