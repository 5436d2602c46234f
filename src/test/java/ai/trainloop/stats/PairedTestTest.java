package ai.trainloop.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PairedTestTest {

  @Test
  void should_compute_mcnemar_exact_p_from_the_discordant_pairs() {
    // given 1 pair only the first passed and 9 only the second: p = 2 * P(X <= 1 | Bin(10, 1/2)) =
    // 2 * 11 / 1024
    assertThat(PairedTest.mcNemar(1, 9)).isCloseTo(22.0 / 1024, within(1e-12));
    assertThat(PairedTest.mcNemar(9, 1)).isCloseTo(22.0 / 1024, within(1e-12));
    // 0 vs 6: 2 * (1/2)^6
    assertThat(PairedTest.mcNemar(0, 6)).isCloseTo(2.0 / 64, within(1e-12));
    assertThat(PairedTest.mcNemar(5, 5)).isEqualTo(1.0);
    assertThat(PairedTest.mcNemar(0, 0)).isEqualTo(1.0);
  }

  @Test
  void should_use_mcnemar_on_pass_fail_arrays_counting_only_discordant_pairs() {
    // given 20 pairs: 8 both pass, 2 both fail, 1 only current passes, 9 only baseline passes
    double[] current = new double[20];
    double[] baseline = new double[20];
    for (int i = 0; i < 8; i++) {
      current[i] = 1;
      baseline[i] = 1;
    }
    current[10] = 1;
    for (int i = 11; i < 20; i++) {
      baseline[i] = 1;
    }

    // when
    PairedResult result = new PairedTest().compare(current, baseline);

    // then
    assertThat(result.method()).isEqualTo(PairedResult.MCNEMAR);
    assertThat(result.pValue()).isCloseTo(22.0 / 1024, within(1e-12));
    assertThat(result.n()).isEqualTo(20);
    assertThat(result.currentMean()).isEqualTo(0.45);
    assertThat(result.baselineMean()).isEqualTo(0.85);
    assertThat(result.delta()).isCloseTo(-0.40, within(1e-12));
    assertThat(result.ci95().contains(-0.40)).isTrue();
    assertThat(result.ci95().hi()).isLessThan(0);
  }

  @Test
  void should_approximate_the_exact_sign_flip_p_value_by_permutation() {
    // given five positive differences: of the 32 sign patterns only "all +" and "all -" reach |sum|
    // = 15
    double[] current = {1.5, 2.5, 3.5, 4.5, 5.5};
    double[] baseline = {0.5, 0.5, 0.5, 0.5, 0.5};

    // when
    PairedResult result = new PairedTest().compare(current, baseline);

    // then
    assertThat(result.method()).isEqualTo(PairedResult.SIGN_FLIP);
    // (sequential Monte Carlo: stops after 100 extreme patterns, so about 10% relative error)
    assertThat(result.pValue()).isCloseTo(2.0 / 32, within(0.015));
  }

  @Test
  void should_give_the_same_p_value_for_the_same_data_every_time() {
    double[] current = continuous(300, 0.60, 11);
    double[] baseline = continuous(300, 0.62, 12);

    assertThat(new PairedTest().compare(current, baseline))
        .isEqualTo(new PairedTest().compare(current, baseline));
  }

  @Test
  void should_use_the_normal_approximation_for_very_many_pairs_and_agree_with_permutation() {
    // given 20,000 pairs of continuous scores with a small true shift
    double[] current = continuous(20_000, 0.60, 21);
    double[] baseline = continuous(20_000, 0.61, 22);

    // when
    PairedResult large = new PairedTest().compare(current, baseline);
    PairedResult permuted =
        new PairedTest()
            .compare(
                java.util.Arrays.copyOf(current, 5000), java.util.Arrays.copyOf(baseline, 5000));

    // then
    assertThat(large.method()).isEqualTo(PairedResult.SIGN_FLIP_NORMAL);
    assertThat(large.pValue()).isBetween(0.0, 1.0);
    assertThat(permuted.method()).isEqualTo(PairedResult.SIGN_FLIP);
  }

  @Test
  void should_report_no_difference_when_arrays_are_identical() {
    double[] scores = {0.2, 0.5, 0.9, 0.4};

    PairedResult result = new PairedTest().compare(scores, scores.clone());

    assertThat(result.pValue()).isEqualTo(1.0);
    assertThat(result.delta()).isZero();
    assertThat(result.ci95()).isEqualTo(Interval.point(0));
  }

  @Test
  void should_return_an_empty_result_without_pairs() {
    PairedResult result = new PairedTest().compare(new double[0], new double[0]);

    assertThat(result.compared()).isFalse();
    assertThat(result.pValue()).isNaN();
  }

  private static double[] continuous(int n, double mean, long seed) {
    Random random = new Random(seed);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = Math.min(1, Math.max(0, mean + 0.2 * random.nextGaussian()));
    }
    return values;
  }
}
