package ai.trainloop.compare;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.CompareConfig;
import ai.trainloop.results.ReportSummary;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.RunInfo;
import ai.trainloop.results.SavedRun;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 part 5: the comparison must not cry wolf on noise and must catch a real drop. A stub
 * "model" passes each sample independently with a fixed probability; each trial builds a baseline
 * and a current report in memory and compares them with the default settings (alpha 0.05, Holm,
 * tolerance 0.02). Fixed seeds: the counts below are the same on every run.
 */
class HonestUnderNoiseTest {
  private static final int TRIALS = 200;

  @Test
  void should_flag_an_aa_comparison_in_at_most_about_alpha_of_trials() {
    // given two runs of the same stub at 80% pass rate, 1,000 samples each
    SplittableRandom random = new SplittableRandom(20261128L);
    BaselineComparator comparator = new BaselineComparator(CompareConfig.DEFAULT);

    // when
    int flagged = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
      if (comparator
          .compare(stubRun(1000, 0.8, false, random), stubRun(1000, 0.8, false, random))
          .regressed()) {
        flagged++;
      }
    }

    // then (at most 8% of 200: alpha plus room for the sampling error of 200 trials)
    assertThat(flagged).isLessThanOrEqualTo(16);
  }

  @Test
  void should_flag_a_drop_from_80_to_70_percent_on_1000_samples_in_at_least_95_percent_of_trials() {
    // given
    SplittableRandom random = new SplittableRandom(42L);
    BaselineComparator comparator = new BaselineComparator(CompareConfig.DEFAULT);

    // when
    int flagged = 0;
    double detectable = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
      SavedRun baseline = stubRun(1000, 0.8, false, random);
      Comparison comparison = comparator.compare(stubRun(1000, 0.7, false, random), baseline);
      if (comparison.regressed()) {
        flagged++;
      }
      detectable += comparison.models().get(0).minimumDetectableDrop() / TRIALS;
    }

    // then
    assertThat(flagged).isGreaterThanOrEqualTo(190);
    assertThat(detectable)
        .as("mean minimum detectable drop on 1,000 samples")
        .isBetween(0.05, 0.08);
  }

  @Test
  void should_not_cry_wolf_on_noisy_cost_and_latency_when_fail_on_lists_them() {
    // given A/A runs with random latencies and costs, and every kind of change able to fail the run
    SplittableRandom random = new SplittableRandom(99L);
    CompareConfig everything =
        new CompareConfig(0.05, 0.02, List.of("score", "cost", "latency"), 0.2, 0.2);
    BaselineComparator comparator = new BaselineComparator(everything);

    // when
    int flagged = 0;
    for (int trial = 0; trial < 100; trial++) {
      if (comparator
          .compare(stubRun(300, 0.8, true, random), stubRun(300, 0.8, true, random))
          .regressed()) {
        flagged++;
      }
    }

    // then
    assertThat(flagged).isLessThanOrEqualTo(8);
  }

  @Test
  void should_say_that_200_samples_can_only_detect_a_drop_of_about_ten_points() {
    SplittableRandom random = new SplittableRandom(7L);

    Comparison comparison =
        new BaselineComparator(CompareConfig.DEFAULT)
            .compare(stubRun(200, 0.8, false, random), stubRun(200, 0.8, false, random));

    assertThat(comparison.models().get(0).minimumDetectableDrop()).isBetween(0.1, 0.2);
  }

  /**
   * One run of the stub: each sample passes with probability {@code passRate}; latency and cost are
   * random.
   */
  static SavedRun stubRun(int samples, double passRate, boolean timed, SplittableRandom random) {
    List<ResultRow> rows = new ArrayList<>(samples);
    for (int i = 0; i < samples; i++) {
      double score = random.nextDouble() < passRate ? 1.0 : 0.0;
      Long latency = timed ? Math.round(800 * Math.exp(0.3 * random.nextGaussian())) : null;
      BigDecimal cost = timed ? BigDecimal.valueOf(50 + random.nextInt(50), 6) : null;
      rows.add(
          ResultRow.builder()
              .sampleId("sample-" + i)
              .tag("qa")
              .modelId("stub/model")
              .score(score)
              .metrics(Map.of("correct", score))
              .latencyMs(latency)
              .inputTokens(20L)
              .outputTokens(10L)
              .costUsd(cost)
              .attempts(1)
              .waitMs(0)
              .build());
    }
    RunInfo run = new RunInfo("stub", null, null, true, null, 0, null, List.of("qa"), null, null);
    return new SavedRun(
        "stub.json", new ReportSummary(null, run, List.of(), null, null, null), rows);
  }
}
