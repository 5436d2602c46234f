package ai.trainloop.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.trainloop.stats.PairedTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tutorial's A/B test on known data: deploy only when better and significant after Holm. */
class AbTestTest {

  private static List<AbResult> ab(Answers a, String control, String... models) {
    return new AbTest(0.05, new PairedTest()).run(a.samples(), control, List.of(models));
  }

  @Test
  void given_a_candidate_passing_30_more_of_100_samples_then_the_verdict_is_deploy() {
    Answers a = new Answers().passes("prod", 50, 100).passes("new", 80, 100);

    AbResult r = ab(a, "prod", "prod", "new").get(0);

    assertThat(r.modelId()).isEqualTo("new");
    assertThat(r.controlId()).isEqualTo("prod");
    assertThat(r.result().n()).isEqualTo(100);
    assertThat(r.result().currentMean()).isEqualTo(0.80);
    assertThat(r.result().baselineMean()).isEqualTo(0.50);
    assertThat(r.result().delta()).isCloseTo(0.30, within(1e-12));
    // McNemar: 30 discordant pairs, all for the candidate: p = 2 × 0.5^30
    assertThat(r.result().pValue()).isCloseTo(2 * Math.pow(0.5, 30), within(1e-15));
    assertThat(r.pAdjusted()).isEqualTo(r.result().pValue());
    assertThat(r.significant()).isTrue();
    assertThat(r.adjusted().lo()).isPositive();
    assertThat(r.verdict()).isEqualTo(AbResult.Verdict.DEPLOY);
    assertThat(r.significantlyWorse()).isFalse();
  }

  @Test
  void given_identical_scores_then_the_verdict_is_keep_current_with_p_one() {
    Answers a = new Answers().passes("prod", 70, 100).passes("same", 70, 100);

    AbResult r = ab(a, "prod", "prod", "same").get(0);

    assertThat(r.result().delta()).isZero();
    assertThat(r.result().pValue()).isEqualTo(1.0);
    assertThat(r.significant()).isFalse();
    assertThat(r.adjusted().contains(0)).isTrue();
    assertThat(r.verdict()).isEqualTo(AbResult.Verdict.KEEP_CURRENT);
  }

  @Test
  void given_a_candidate_significantly_worse_then_the_verdict_is_keep_current() {
    Answers a = new Answers().passes("prod", 80, 100).passes("worse", 50, 100);

    AbResult r = ab(a, "prod", "prod", "worse").get(0);

    assertThat(r.significant()).isTrue();
    assertThat(r.significantlyWorse()).isTrue();
    assertThat(r.adjusted().hi()).isNegative();
    assertThat(r.verdict()).isEqualTo(AbResult.Verdict.KEEP_CURRENT);
  }

  @Test
  void given_a_better_candidate_significant_alone_when_a_second_is_tested_then_holm_keeps_both() {
    // 6 discordant pairs all for the candidate: McNemar p = 2 × 0.5^6 = 0.03125 < 0.05
    Answers one = new Answers().passes("prod", 0, 20).passes("a", 6, 20);
    assertThat(ab(one, "prod", "a").get(0).verdict()).isEqualTo(AbResult.Verdict.DEPLOY);

    // with a second such candidate, Holm: 2 × 0.03125 = 0.0625 for the smaller, so neither rejects
    Answers two = new Answers().passes("prod", 0, 20).passes("a", 6, 20).passes("b", 6, 20);
    List<AbResult> rs = ab(two, "prod", "a", "b");

    assertThat(rs).extracting(AbResult::modelId).containsExactly("a", "b");
    for (AbResult r : rs) {
      assertThat(r.result().pValue()).isEqualTo(0.03125);
      assertThat(r.pAdjusted()).isEqualTo(0.0625);
      assertThat(r.significant()).isFalse();
      assertThat(r.verdict()).isEqualTo(AbResult.Verdict.KEEP_CURRENT);
      // the interval printed beside the adjusted p is at the Holm step's level, 1 − 0.05 / 2
      assertThat(r.level()).isEqualTo(0.975);
    }
  }

  @Test
  void given_no_sample_in_common_with_the_control_then_keep_current_with_nothing_compared() {
    Answers a = new Answers().passes("prod", 5, 5);
    CommonSamples samples = a.samples();

    AbResult r = new AbTest(0.05, new PairedTest()).run(samples, "prod", List.of("ghost")).get(0);

    assertThat(r.result().compared()).isFalse();
    assertThat(r.pAdjusted()).isNaN();
    assertThat(r.significant()).isFalse();
    assertThat(r.verdict()).isEqualTo(AbResult.Verdict.KEEP_CURRENT);
  }

  @Test
  void given_continuous_scores_then_the_permutation_test_decides_the_verdict() {
    double[] control = new double[40];
    double[] better = new double[40];
    for (int i = 0; i < 40; i++) {
      control[i] = 0.4 + (i % 5) * 0.05;
      better[i] = control[i] + 0.1 + (i % 3) * 0.01;
    }
    Answers a = new Answers().scores("prod", control).scores("new", better);

    AbResult r = ab(a, "prod", "new").get(0);

    assertThat(r.result().method()).isEqualTo("sign-flip permutation");
    assertThat(r.verdict()).isEqualTo(AbResult.Verdict.DEPLOY);
  }
}
