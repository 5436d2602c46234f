package ai.trainloop.compare;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.stats.Interval;
import org.junit.jupiter.api.Test;

class ChangeRowBuilderTest {

  @Test
  void should_build_an_unset_row_as_not_compared_with_nan_figures() {
    ChangeRow row = ChangeRow.builder().modelId("m").name("Avg").kind(ChangeKind.SCORE).build();

    assertThat(row)
        .isEqualTo(
            new ChangeRow(
                "m",
                "Avg",
                ChangeKind.SCORE,
                0,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Interval.UNKNOWN,
                Double.NaN,
                Double.NaN,
                "",
                Verdict.NOT_COMPARED,
                false));
    assertThat(row.failsRun()).isFalse();
  }

  @Test
  void should_put_each_named_component_where_the_record_has_it_and_judge_only_two() {
    ChangeRow row =
        ChangeRow.builder()
            .modelId("m")
            .name("cost/sample")
            .kind(ChangeKind.COST)
            .n(20)
            .baseline(0.1)
            .current(0.2)
            .delta(1.0)
            .ci95(new Interval(0.5, 1.5))
            .pValue(0.01)
            .pAdjusted(0.02)
            .method("paired t")
            .verdict(Verdict.UNCHANGED)
            .gating(true)
            .build();

    assertThat(row)
        .isEqualTo(
            new ChangeRow(
                "m",
                "cost/sample",
                ChangeKind.COST,
                20,
                0.1,
                0.2,
                1.0,
                new Interval(0.5, 1.5),
                0.01,
                0.02,
                "paired t",
                Verdict.UNCHANGED,
                true));
    assertThat(row.judged(0.03, Verdict.REGRESSED))
        .isEqualTo(row.toBuilder().pAdjusted(0.03).verdict(Verdict.REGRESSED).build());
    assertThat(row.judged(0.03, Verdict.REGRESSED).failsRun()).isTrue();
  }
}
