package ai.trainloop.compare;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.CompareConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineComparatorTest {
  private final BaselineComparator comparator = new BaselineComparator(CompareConfig.DEFAULT);

  @Test
  void should_not_regress_when_the_run_is_identical_to_the_baseline() {
    // given
    ReportFixture baseline = passing("2026-01-01_00-00-00", "m", 100, 80);
    ReportFixture current = passing("2026-01-02_00-00-00", "m", 100, 80);

    // when
    Comparison comparison = comparator.compare(current.report(), baseline.report());

    // then
    assertThat(comparison.regressed()).isFalse();
    assertThat(comparison.reasons()).isEmpty();
    assertThat(comparison.rows())
        .extracting(ChangeRow::name)
        .containsExactly("Avg", "correct", "cost/sample", "latency p50");
    assertThat(comparison.rows())
        .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.UNCHANGED));
    assertThat(comparison.models().get(0).pairedSamples()).isEqualTo(100);
  }

  @Test
  void should_flag_a_large_significant_drop_as_a_regression_with_a_reason() {
    // given 200 samples: 180 passed before, 120 pass now (every sample that fails now passed
    // before)
    ReportFixture baseline = passing("2026-01-01_00-00-00", "m", 200, 180);
    ReportFixture current = passing("2026-01-02_00-00-00", "m", 200, 120);

    // when
    Comparison comparison = comparator.compare(current.report(), baseline.report());

    // then
    ChangeRow avg = comparison.rows().get(0);
    assertThat(avg.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(avg.delta()).isEqualTo(-0.3, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(avg.method()).isEqualTo("McNemar exact");
    assertThat(avg.pAdjusted()).isLessThan(0.001).isGreaterThanOrEqualTo(avg.pValue());
    assertThat(comparison.regressed()).isTrue();
    assertThat(comparison.reasons())
        .first()
        .asString()
        .startsWith("m Avg regressed: 0.900 -> 0.600 (-0.300), p < 0.001 after Holm");
  }

  @Test
  void should_not_regress_on_a_significant_drop_smaller_than_the_tolerance() {
    // given a tolerance of 0.5: a drop of 0.3 is significant but tolerated
    BaselineComparator lenient =
        new BaselineComparator(new CompareConfig(0.05, 0.5, List.of("score"), 0.2, 0.2));

    Comparison comparison =
        lenient.compare(passing("b", "m", 200, 120).report(), passing("a", "m", 200, 180).report());

    assertThat(comparison.rows().get(0).verdict()).isEqualTo(Verdict.UNCHANGED);
    assertThat(comparison.regressed()).isFalse();
  }

  @Test
  void should_call_a_significant_rise_an_improvement() {
    Comparison comparison =
        comparator.compare(
            passing("b", "m", 200, 180).report(), passing("a", "m", 200, 120).report());

    assertThat(comparison.rows().get(0).verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(comparison.regressed()).isFalse();
  }

  @Test
  void should_count_a_model_missing_now_as_lost_coverage_and_a_new_model_as_not_a_regression() {
    // given the baseline had models a and b; now b is skipped (no key) and c is new
    ReportFixture baseline =
        ReportFixture.run("2026-01-01_00-00-00").pass("s1", "a", true).pass("s1", "b", true);
    ReportFixture current =
        ReportFixture.run("2026-01-02_00-00-00")
            .model("b", "skipped", "B_API_KEY is not set")
            .pass("s1", "a", true)
            .pass("s1", "c", true);

    // when
    Comparison comparison = comparator.compare(current.report(), baseline.report());

    // then
    assertThat(comparison.modelsOnlyInBaseline()).containsExactly("b");
    assertThat(comparison.modelsOnlyInCurrent()).containsExactly("c");
    ModelComparison lost = comparison.models().get(1);
    assertThat(lost.coverageLost()).isTrue();
    assertThat(lost.rows())
        .singleElement()
        .extracting(ChangeRow::verdict)
        .isEqualTo(Verdict.COVERAGE_LOST);
    assertThat(comparison.regressed()).isTrue();
    assertThat(comparison.reasons())
        .containsExactly(
            "b: coverage lost (in the baseline, no results now: skipped: B_API_KEY is not set)");
  }

  @Test
  void should_count_and_list_samples_present_in_only_one_run() {
    ReportFixture baseline =
        ReportFixture.run("a").pass("s1", "m", true).pass("s2", "m", true).pass("s3", "m", true);
    ReportFixture current =
        ReportFixture.run("b").pass("s2", "m", true).pass("s3", "m", true).pass("s4", "m", true);

    Comparison comparison = comparator.compare(current.report(), baseline.report());

    assertThat(comparison.samplesOnlyInBaseline()).containsExactly("s1");
    assertThat(comparison.samplesOnlyInCurrent()).containsExactly("s4");
    assertThat(comparison.models().get(0).pairedSamples()).isEqualTo(2);
  }

  @Test
  void should_score_a_sample_that_errors_now_but_not_before_as_a_failure() {
    // given 30 samples that all passed before; now 10 calls fail
    ReportFixture baseline = ReportFixture.run("a");
    ReportFixture current = ReportFixture.run("b");
    for (int i = 0; i < 30; i++) {
      baseline.pass("s" + i, "m", true);
      if (i < 10) {
        current.error("s" + i, "m", "HTTP 503");
      } else {
        current.pass("s" + i, "m", true);
      }
    }

    // when
    Comparison comparison = comparator.compare(current.report(), baseline.report());

    // then
    ModelComparison model = comparison.models().get(0);
    assertThat(model.newErrors()).isEqualTo(10);
    assertThat(model.pairedSamples()).isEqualTo(30);
    assertThat(model.rows().get(0).current()).isEqualTo(20.0 / 30);
    assertThat(model.rows().get(1).name()).isEqualTo("correct");
    assertThat(model.rows().get(1).current()).isEqualTo(20.0 / 30);
    assertThat(model.rows().get(0).pValue()).isEqualTo(PairedTestOracle.mcNemar(0, 10));
    assertThat(comparison.regressed()).isTrue();
  }

  @Test
  void should_leave_out_samples_that_failed_in_the_baseline_and_count_them() {
    ReportFixture baseline =
        ReportFixture.run("a")
            .error("s1", "m", "timeout")
            .error("s2", "m", "timeout")
            .pass("s3", "m", true);
    ReportFixture current =
        ReportFixture.run("b")
            .pass("s1", "m", false)
            .error("s2", "m", "timeout")
            .pass("s3", "m", true);

    ModelComparison model = comparator.compare(current.report(), baseline.report()).models().get(0);

    assertThat(model.pairedSamples()).isEqualTo(1);
    assertThat(model.erroredInBaseline()).isEqualTo(1);
    assertThat(model.erroredInBoth()).isEqualTo(1);
    assertThat(model.newErrors()).isZero();
  }

  @Test
  void should_show_a_cost_increase_but_fail_the_run_only_when_fail_on_lists_cost() {
    // given costs doubled on 50 samples, same quality
    ReportFixture baseline = ReportFixture.run("a");
    ReportFixture current = ReportFixture.run("b");
    for (int i = 0; i < 50; i++) {
      baseline.pass("s" + i, "m", true, 800, "0.00010" + (i % 10));
      current.pass("s" + i, "m", true, 800, "0.00020" + (i % 10));
    }

    // when
    Comparison byDefault = comparator.compare(current.report(), baseline.report());
    Comparison strict =
        new BaselineComparator(new CompareConfig(0.05, 0.02, List.of("score", "cost"), 0.2, 0.2))
            .compare(current.report(), baseline.report());

    // then
    ChangeRow cost =
        byDefault.rows().stream()
            .filter(r -> r.kind() == ChangeKind.COST)
            .findFirst()
            .orElseThrow();
    assertThat(cost.delta()).isBetween(0.9, 1.0);
    assertThat(cost.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(cost.gating()).isFalse();
    assertThat(byDefault.regressed()).isFalse();
    assertThat(strict.regressed()).isTrue();
    assertThat(strict.reasons())
        .singleElement()
        .asString()
        .startsWith("m cost/sample regressed: +9");
  }

  @Test
  void should_compare_latency_with_a_rank_test_and_a_relative_tolerance() {
    // given latencies 50% slower now on 40 calls
    ReportFixture baseline = ReportFixture.run("a");
    ReportFixture current = ReportFixture.run("b");
    for (int i = 0; i < 40; i++) {
      baseline.pass("s" + i, "m", true, 1000 + 10 * i, "0.0001");
      current.pass("s" + i, "m", true, 1500 + 10 * i, "0.0001");
    }

    Comparison comparison =
        new BaselineComparator(new CompareConfig(0.05, 0.02, List.of("latency"), 0.2, 0.2))
            .compare(current.report(), baseline.report());

    ChangeRow latency = comparison.rows().get(3);
    assertThat(latency.kind()).isEqualTo(ChangeKind.LATENCY);
    assertThat(latency.method()).isEqualTo("Mann-Whitney U");
    assertThat(latency.baseline()).isEqualTo(1195.0);
    assertThat(latency.current()).isEqualTo(1695.0);
    assertThat(latency.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(comparison.regressed()).isTrue();
  }

  @Test
  void should_report_the_minimum_detectable_drop_for_the_paired_samples() {
    Comparison comparison =
        comparator.compare(
            passing("b", "m", 200, 160).report(), passing("a", "m", 200, 160).report());

    assertThat(comparison.models().get(0).minimumDetectableDrop()).isBetween(0.05, 0.2);
  }

  /** {@code n} samples s0..s(n-1) of one model, the first {@code passed} of them passing. */
  static ReportFixture passing(String runId, String model, int n, int passed) {
    ReportFixture fixture = ReportFixture.run(runId);
    for (int i = 0; i < n; i++) {
      fixture.pass("s" + i, model, i < passed);
    }
    return fixture;
  }

  /** McNemar's exact p by hand: 2 * sum_{k<=min} C(n, k) / 2^n. */
  static final class PairedTestOracle {
    static double mcNemar(int b, int c) {
      int n = b + c;
      int k = Math.min(b, c);
      double sum = 0;
      for (int i = 0; i <= k; i++) {
        sum += binomial(n, i);
      }
      return Math.min(1.0, 2 * sum / Math.pow(2, n));
    }

    private static double binomial(int n, int k) {
      double r = 1;
      for (int i = 1; i <= k; i++) {
        r = r * (n - k + i) / i;
      }
      return r;
    }
  }

  @SuppressWarnings("unused")
  private static final Map<String, Boolean> NONE = Map.of();

  @Test
  void should_leave_an_unscored_sample_out_of_the_paired_scores_rather_than_read_it_as_0() {
    // given every sample passed before; now one sample's metric failed (NaN) and the others still
    // pass
    ReportFixture baseline = ReportFixture.run("2026-01-01_00-00-00");
    ReportFixture current = ReportFixture.run("2026-01-02_00-00-00");
    for (int i = 0; i < 30; i++) {
      baseline.pass("s" + i, "m", true);
      if (i < 10) {
        current.unscored("s" + i, "m", "returned NaN; a score must be between 0 and 1");
      } else {
        current.pass("s" + i, "m", true);
      }
    }

    // when
    Comparison comparison = comparator.compare(current.report(), baseline.report());

    // then the 10 unscored samples are not 10 failures
    assertThat(comparison.rows())
        .filteredOn(r -> r.name().equals("Avg") || r.name().equals("correct"))
        .hasSize(2)
        .allSatisfy(
            r -> {
              assertThat(r.current()).isEqualTo(1.0);
              assertThat(r.verdict()).isEqualTo(Verdict.UNCHANGED);
            });
    assertThat(comparison.regressed()).isFalse();
  }
}
