package ai.trainloop.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.RepeatReducer;
import ai.trainloop.results.ModelRef;
import ai.trainloop.results.ModelStatus;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ResultRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepeatAggregationTest {
  private static final ModelRef MODEL = new ModelRef("m", "openai", "gpt");

  private static ResultRow ok(String sample, int repeat, double score) {
    return ResultRow.builder()
        .sampleId(sample)
        .modelId("m")
        .score(score)
        .metrics(Map.of("exact", score))
        .latencyMs(100L)
        .costUsd(new BigDecimal("0.01"))
        .attempts(1)
        .repeat(repeat)
        .build();
  }

  private static ResultRow failed(String sample, int repeat) {
    return ResultRow.builder()
        .sampleId(sample)
        .modelId("m")
        .error("HTTP 500")
        .attempts(1)
        .repeat(repeat)
        .build();
  }

  private static ModelSummary summarize(RepeatReducer reducer, List<ResultRow> rows) {
    RunAggregator agg = new RunAggregator(List.of(MODEL), reducer);
    rows.forEach(agg::add);
    return agg.summary("m", ModelStatus.ok(null, null));
  }

  private static final List<ResultRow> RUN =
      List.of(
          ok("a", 0, 1),
          ok("a", 1, 0),
          ok("a", 2, 1), // flaky: mean 2/3, max 1, min 0, majority 1
          ok("b", 0, 1),
          ok("b", 1, 1),
          failed("b", 2), // steady: 1 under every reducer
          failed("c", 0),
          failed("c", 1),
          failed("c", 2)); // every repeat failed: an errored sample

  @Test
  void should_count_each_sample_once_with_its_repeats_reduced_by_mean() {
    ModelSummary m = summarize(RepeatReducer.MEAN, RUN);

    assertThat(m.samples()).isEqualTo(2); // a and b; c has no successful repeat
    assertThat(m.errors()).isEqualTo(4); // every failed call is an error line
    assertThat(m.errorRate()).isEqualTo(4.0 / 9);
    assertThat(m.score().mean()).isEqualTo((2.0 / 3 + 1) / 2);
    assertThat(m.metrics().get("exact").samples()).isEqualTo(2);
    // cost is summed over all 5 paid calls
    assertThat(m.cost().total()).isEqualByComparingTo("0.05");
  }

  @Test
  void should_apply_max_min_and_majority_per_sample() {
    assertThat(summarize(RepeatReducer.MAX, RUN).score().mean()).isEqualTo(1.0);
    assertThat(summarize(RepeatReducer.MIN, RUN).score().mean()).isEqualTo(0.5);
    assertThat(summarize(RepeatReducer.MAJORITY, RUN).score().mean()).isEqualTo(1.0);
    assertThat(summarize(RepeatReducer.MIN, RUN).metrics().get("exact").passed()).isEqualTo(1);
  }

  @Test
  void should_never_count_a_failed_repeat_as_a_zero() {
    // b's third repeat failed: under min it would drag b to 0 if it were scored
    ModelSummary m = summarize(RepeatReducer.MIN, List.of(ok("b", 0, 1), failed("b", 1)));

    assertThat(m.score().mean()).isEqualTo(1.0);
    assertThat(m.samples()).isEqualTo(1);
    assertThat(m.errors()).isEqualTo(1);
  }

  @Test
  void should_report_flaky_samples_and_the_consistency_of_those_with_two_repeats() {
    ModelSummary m = summarize(RepeatReducer.MEAN, RUN);

    assertThat(m.consistency().flakySamples()).containsExactly("a");
    assertThat(m.consistency().consistency()).isEqualTo(0.5); // a differs, b does not
  }

  @Test
  void should_have_null_consistency_when_no_sample_has_two_successful_repeats() {
    ModelSummary m = summarize(RepeatReducer.MEAN, List.of(ok("a", 0, 1), failed("a", 1)));

    assertThat(m.consistency().flakySamples()).isEmpty();
    assertThat(m.consistency().consistency()).isNull();
  }

  @Test
  void should_leave_a_run_without_repeats_as_it_was() {
    ResultRow row = ok("a", 0, 1).toBuilder().repeat(null).build();
    ModelSummary m =
        summarize(
            RepeatReducer.MIN, List.of(row, row.toBuilder().sampleId("b").score(0.0).build()));

    assertThat(m.consistency()).isNull();
    assertThat(m.samples()).isEqualTo(2);
    assertThat(m.score().mean()).isEqualTo(0.5);
  }
}
