package ai.trainloop.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.trainloop.config.CompareConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --compare-with} tag by tag: a {@code tag:<tag>} row per tag under each model's Avg. */
class TagComparisonTest {
  private static final CompareConfig SCORE_ONLY = CompareConfig.DEFAULT;
  private static final CompareConfig WITH_TAGS =
      new CompareConfig(0.05, 0.02, List.of("score", "tag_score"), 0.2, 0.2);

  /**
   * 40 samples per tag. Before: alpha all pass, beta 10 of 40. Now: alpha 10 of 40, beta all pass,
   * so Avg holds at 50 of 80 while alpha drops by 0.75.
   */
  private static ReportFixture swapped(String runId, boolean before) {
    ReportFixture f = ReportFixture.run(runId).tag("alpha");
    for (int i = 0; i < 40; i++) {
      f.pass("a" + i, "m", before || i < 10);
    }
    f.tag("beta");
    for (int i = 0; i < 40; i++) {
      f.pass("b" + i, "m", !before || i < 10);
    }
    return f;
  }

  private static ChangeRow row(Comparison c, String name) {
    return c.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void should_report_a_regression_in_one_tag_while_the_overall_avg_holds() {
    Comparison c =
        new BaselineComparator(SCORE_ONLY)
            .compare(swapped("now", false).report(), swapped("before", true).report());

    assertThat(c.rows())
        .extracting(ChangeRow::name)
        .containsExactly("Avg", "correct", "tag:alpha", "tag:beta", "cost/sample", "latency p50");
    assertThat(row(c, "Avg").verdict()).isEqualTo(Verdict.UNCHANGED);
    ChangeRow alpha = row(c, "tag:alpha");
    assertThat(alpha.kind()).isEqualTo(ChangeKind.TAG_SCORE);
    assertThat(alpha.n()).isEqualTo(40);
    assertThat(alpha.baseline()).isEqualTo(1.0);
    assertThat(alpha.current()).isEqualTo(0.25);
    assertThat(alpha.delta()).isEqualTo(-0.75, within(1e-12));
    assertThat(alpha.method()).isEqualTo("McNemar exact");
    // 30 discordant pairs, all one way: p = 2 / 2^30
    assertThat(alpha.pValue())
        .isEqualTo(BaselineComparatorTest.PairedTestOracle.mcNemar(30, 0), within(1e-15));
    assertThat(alpha.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(row(c, "tag:beta").verdict()).isEqualTo(Verdict.IMPROVED);
  }

  @Test
  void should_not_fail_the_run_on_a_tag_regression_without_tag_score_in_fail_on() {
    Comparison c =
        new BaselineComparator(SCORE_ONLY)
            .compare(swapped("now", false).report(), swapped("before", true).report());

    assertThat(row(c, "tag:alpha").gating()).isFalse();
    assertThat(row(c, "tag:alpha").failsRun()).isFalse();
    assertThat(c.regressed()).isFalse();
    assertThat(c.reasons()).isEmpty();
    assertThat(c.comparisons()).isEqualTo(2); // Avg and correct: the tag rows are not in the family
  }

  @Test
  void should_fail_the_run_on_a_tag_regression_with_tag_score_in_fail_on() {
    Comparison c =
        new BaselineComparator(WITH_TAGS)
            .compare(swapped("now", false).report(), swapped("before", true).report());

    assertThat(row(c, "tag:alpha").gating()).isTrue();
    assertThat(c.comparisons()).isEqualTo(4); // Avg, correct, tag:alpha, tag:beta
    assertThat(c.regressed()).isTrue();
    assertThat(c.reasons())
        .singleElement()
        .asString()
        .startsWith("m tag:alpha regressed: 1.000 -> 0.250 (-0.750), p < 0.001 after Holm");
  }

  @Test
  void should_correct_tag_rows_among_the_non_gating_rows_when_tag_score_is_not_in_fail_on() {
    Comparison c =
        new BaselineComparator(SCORE_ONLY)
            .compare(swapped("now", false).report(), swapped("before", true).report());
    ChangeRow alpha = row(c, "tag:alpha");
    ChangeRow beta = row(c, "tag:beta");
    // the non-gating family: tag:alpha, tag:beta, cost and latency (p = 1 for both, unchanged)
    double smallest = Math.min(alpha.pValue(), beta.pValue());

    assertThat(Math.min(alpha.pAdjusted(), beta.pAdjusted()))
        .isEqualTo(Math.min(1.0, 4 * smallest), within(1e-15));
  }

  @Test
  void should_show_no_tag_rows_when_the_paired_samples_have_a_single_tag() {
    Comparison c =
        new BaselineComparator(WITH_TAGS)
            .compare(
                BaselineComparatorTest.passing("b", "m", 50, 20).report(),
                BaselineComparatorTest.passing("a", "m", 50, 40).report());

    assertThat(c.rows()).noneMatch(r -> r.kind() == ChangeKind.TAG_SCORE);
    assertThat(c.notes()).isEmpty();
  }

  @Test
  void should_compare_only_the_tags_of_both_runs_and_note_a_tag_only_in_one() {
    ReportFixture before = swapped("before", true).tag("gamma").pass("g0", "m", true);
    ReportFixture now = swapped("now", false).tag("delta").pass("d0", "m", true);

    Comparison c = new BaselineComparator(SCORE_ONLY).compare(now.report(), before.report());

    assertThat(c.rows())
        .extracting(ChangeRow::name)
        .filteredOn(n -> n.startsWith("tag:"))
        .containsExactly("tag:alpha", "tag:beta");
    assertThat(c.notes())
        .containsExactly(
            "tag:gamma has results only in the baseline; it is not compared",
            "tag:delta is new in this run; it is not compared");
  }

  @Test
  void should_score_a_call_that_failed_now_as_0_in_its_tag_and_leave_out_baseline_errors() {
    ReportFixture before = ReportFixture.run("before").tag("alpha");
    ReportFixture now = ReportFixture.run("now").tag("alpha");
    for (int i = 0; i < 20; i++) {
      before.pass("a" + i, "m", true);
      if (i < 8) {
        now.error("a" + i, "m", "HTTP 500");
      } else {
        now.pass("a" + i, "m", true);
      }
    }
    before.tag("beta");
    now.tag("beta");
    for (int i = 0; i < 20; i++) {
      if (i < 5) {
        before.error("b" + i, "m", "timeout");
      } else {
        before.pass("b" + i, "m", true);
      }
      now.pass("b" + i, "m", true);
    }

    Comparison c = new BaselineComparator(WITH_TAGS).compare(now.report(), before.report());

    ChangeRow alpha = row(c, "tag:alpha");
    assertThat(alpha.n()).isEqualTo(20);
    assertThat(alpha.current()).isEqualTo(0.6); // 12 of 20, the 8 errors scored 0
    assertThat(alpha.verdict()).isEqualTo(Verdict.REGRESSED);
    ChangeRow beta = row(c, "tag:beta");
    assertThat(beta.n()).isEqualTo(15); // the 5 that failed in the baseline are left out
    assertThat(beta.verdict()).isEqualTo(Verdict.UNCHANGED);
    assertThat(c.models().get(0).newErrors()).isEqualTo(8);
    assertThat(c.regressed()).isTrue();
  }

  @Test
  void should_pair_each_sample_once_per_tag_at_its_reduced_score_when_the_run_had_repeats() {
    // now: two repeats per pair; alpha fails on repeat 0 and passes on repeat 1, beta passes on
    // both
    ReportFixture before = swapped("before", true);
    ReportFixture maxNow = repeatedNow("max");
    ReportFixture meanNow = repeatedNow("mean");

    Comparison byMax = new BaselineComparator(WITH_TAGS).compare(maxNow.report(), before.report());
    Comparison byMean =
        new BaselineComparator(WITH_TAGS).compare(meanNow.report(), before.report());

    assertThat(row(byMax, "tag:alpha").n()).isEqualTo(40); // 40 samples, not 80 calls
    assertThat(row(byMax, "tag:alpha").current()).isEqualTo(1.0);
    assertThat(row(byMax, "tag:alpha").verdict()).isEqualTo(Verdict.UNCHANGED);
    assertThat(row(byMean, "tag:alpha").current()).isEqualTo(0.5);
    assertThat(row(byMean, "tag:alpha").verdict()).isEqualTo(Verdict.REGRESSED);
  }

  private static ReportFixture repeatedNow(String reducer) {
    ReportFixture f = ReportFixture.run("now-" + reducer).repeats(2, reducer);
    for (int r = 0; r < 2; r++) {
      f.repeat(r).tag("alpha");
      for (int i = 0; i < 40; i++) {
        f.pass("a" + i, "m", r == 1);
      }
      f.tag("beta");
      for (int i = 0; i < 40; i++) {
        f.pass("b" + i, "m", true);
      }
    }
    return f;
  }
}
