package ai.trainloop.compare;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.CompareConfig;
import ai.trainloop.config.RepeatReducer;
import ai.trainloop.decide.CommonSamples;
import ai.trainloop.results.SavedRun;
import ai.trainloop.stats.PairedResult;
import ai.trainloop.stats.PairedTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With repeats, every test over samples pairs each sample's reduced score once: never each repeat
 * as if it were a sample, never the first repeat alone.
 */
class RepeatedSamplesComparisonTest {
  private static final int SAMPLES = 12;

  /**
   * 12 samples called 3 times: "steady" passes every repeat; "shaky" passes only its first repeat
   * of each sample (its mean per sample is 1/3, its first repeat always a pass).
   */
  private static ReportFixture run(String runId, String reducer) {
    ReportFixture run = ReportFixture.run(runId).repeats(3, reducer);
    for (int r = 0; r < 3; r++) {
      run.repeat(r);
      for (int i = 0; i < SAMPLES; i++) {
        run.pass("s" + i, "steady", true).pass("s" + i, "shaky", r == 0);
      }
    }
    return run;
  }

  @Test
  void should_compare_models_on_each_samples_reduced_score_not_on_its_first_repeat() {
    SavedRun run = run("2026-01-01_00-00-00", "mean").report();

    List<PairComparison> pairs =
        new PairwiseComparator(0.05, RepeatReducer.MEAN).compare(run.results());

    PairComparison p = pairs.get(0);
    assertThat(p.result().n()).isEqualTo(SAMPLES); // samples, not 36 rows
    assertThat(p.result().delta()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    double[] steady = new double[SAMPLES];
    double[] shaky = new double[SAMPLES];
    Arrays.fill(steady, 1.0);
    Arrays.fill(shaky, 1.0 / 3);
    PairedResult direct = new PairedTest().compare(steady, shaky);
    assertThat(p.result().pValue()).isEqualTo(direct.pValue());
    assertThat(p.significant()).isTrue();
  }

  @Test
  void should_reduce_by_the_runs_own_reducer_so_pass_at_n_ties_the_steady_model() {
    SavedRun run = run("2026-01-01_00-00-00", "max").report();

    assertThat(run.reducer()).isEqualTo(RepeatReducer.MAX);
    PairComparison p = new PairwiseComparator(0.05, run.reducer()).compare(run.results()).get(0);

    assertThat(p.result().n()).isEqualTo(SAMPLES);
    assertThat(p.result().delta()).isZero();
    assertThat(p.significant()).isFalse();
  }

  @Test
  void should_pair_common_samples_on_reduced_scores_for_ties_and_the_ab_test() {
    SavedRun run = run("2026-01-01_00-00-00", "mean").report();
    CommonSamples answers = new CommonSamples(RepeatReducer.MIN);
    run.results().forEach(answers::add);

    double[][] paired = answers.paired("steady", "shaky");

    assertThat(answers.answered("shaky")).isEqualTo(SAMPLES);
    assertThat(paired[0]).hasSize(SAMPLES).containsOnly(1.0);
    assertThat(paired[1])
        .hasSize(SAMPLES)
        .containsOnly(0.0); // min: fails unless every repeat passed
  }

  @Test
  void should_compare_with_a_baseline_per_sample_using_each_runs_reducer() {
    ReportFixture baseline = ReportFixture.run("2026-01-01_00-00-00");
    for (int i = 0; i < SAMPLES; i++) {
      baseline.pass("s" + i, "shaky", true);
    }
    SavedRun asMean = run("2026-01-02_00-00-00", "mean").report();
    SavedRun asMax = run("2026-01-02_00-00-00", "max").report();
    BaselineComparator comparator = new BaselineComparator(CompareConfig.DEFAULT);

    ChangeRow mean = avgRow(comparator.compare(asMean, baseline.report()), "shaky");
    ChangeRow max = avgRow(comparator.compare(asMax, baseline.report()), "shaky");

    assertThat(mean.n()).isEqualTo(SAMPLES);
    assertThat(mean.current()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(mean.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(max.n()).isEqualTo(SAMPLES);
    assertThat(max.verdict()).isNotEqualTo(Verdict.REGRESSED);
  }

  @Test
  void should_count_each_sample_once_in_the_history_of_a_repeated_run() {
    History history =
        new HistoryBuilder(0.05)
            .build(
                List.of(run("2026-01-01_00-00-00", "mean").report()),
                new HistoryQuery(null, List.of("shaky"), null));

    History.Point point = history.runs().get(0).models().get(0);
    assertThat(point.samples()).isEqualTo(SAMPLES);
    assertThat(point.mean()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void should_compare_a_cached_reply_at_what_it_cost_when_made_not_as_free() {
    ReportFixture baseline = ReportFixture.run("2026-01-01_00-00-00");
    ReportFixture cachedRun = ReportFixture.run("2026-01-02_00-00-00");
    for (int i = 0; i < SAMPLES; i++) {
      baseline.pass("s" + i, "m", true, 800, "0.0001");
      cachedRun.pass("s" + i, "m", true, 800, "0.0001").cached("0.0001");
    }

    Comparison c =
        new BaselineComparator(CompareConfig.DEFAULT)
            .compare(cachedRun.report(), baseline.report());

    ChangeRow cost =
        c.rows().stream().filter(r -> r.kind() == ChangeKind.COST).findFirst().orElseThrow();
    assertThat(cost.current()).isEqualTo(cost.baseline());
    assertThat(cost.verdict()).isEqualTo(Verdict.UNCHANGED);
    assertThat(c.rows()).noneMatch(r -> r.kind() == ChangeKind.LATENCY); // cached: no latency now
  }

  @Test
  void should_refuse_a_report_whose_repeat_reducer_is_unknown_naming_the_key() {
    ReportFixture run = run("2026-01-01_00-00-00", "sometimes");

    org.assertj.core.api.Assertions.assertThatThrownBy(run::report)
        .isInstanceOf(ai.trainloop.results.ReportFormatException.class)
        .hasMessageContaining("config.repeat_reducer")
        .hasMessageContaining("sometimes");
  }

  @Test
  void should_read_a_report_from_before_repeats_as_one_call_per_pair_reduced_by_the_mean() {
    SavedRun old = ReportFixture.run("2025-01-01_00-00-00").pass("s1", "m", true).report();

    assertThat(old.reducer()).isEqualTo(RepeatReducer.MEAN);
    assertThat(old.samplesOf("m")).isEqualTo(old.resultsOf("m"));
  }

  private static ChangeRow avgRow(Comparison c, String model) {
    return c.rows().stream()
        .filter(r -> r.modelId().equals(model) && r.name().equals(ChangeRows.AVG))
        .findFirst()
        .orElseThrow();
  }
}
