package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.RepeatReducer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleRowsTest {
  private static ResultRow ok(String sample, int repeat, double score, String cost, long ms) {
    return ResultRow.builder()
        .sampleId(sample)
        .tag("qa")
        .modelId("m")
        .score(score)
        .metrics(Map.of("correct", score))
        .latencyMs(ms)
        .costUsd(new BigDecimal(cost))
        .attempts(1)
        .repeat(repeat)
        .build();
  }

  private static ResultRow failed(String sample, int repeat) {
    return ResultRow.builder()
        .sampleId(sample)
        .tag("qa")
        .modelId("m")
        .error("HTTP 500")
        .attempts(3)
        .repeat(repeat)
        .build();
  }

  @Test
  void should_fold_a_samples_repeats_to_one_row_with_the_reduced_score_and_mean_cost_and_latency() {
    List<ResultRow> rows =
        List.of(
            ok("s1", 0, 1.0, "0.003", 100),
            ok("s1", 1, 0.0, "0.001", 300),
            ok("s1", 2, 1.0, "0.002", 200));

    List<ResultRow> mean = SampleRows.fold(rows, RepeatReducer.MEAN);
    List<ResultRow> max = SampleRows.fold(rows, RepeatReducer.MAX);
    List<ResultRow> min = SampleRows.fold(rows, RepeatReducer.MIN);

    assertThat(mean)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.score()).isEqualTo(2.0 / 3);
              assertThat(r.metrics()).containsEntry("correct", 2.0 / 3);
              assertThat(r.costUsd()).isEqualByComparingTo("0.002");
              assertThat(r.latencyMs()).isEqualTo(200L);
              assertThat(r.repeat()).isNull();
            });
    assertThat(max.get(0).score()).isEqualTo(1.0);
    assertThat(min.get(0).score()).isEqualTo(0.0);
  }

  @Test
  void should_leave_a_failed_repeat_out_instead_of_reading_it_as_a_score_of_zero() {
    List<ResultRow> folded =
        SampleRows.fold(
            List.of(failed("s1", 0), ok("s1", 1, 1.0, "0.001", 100)), RepeatReducer.MIN);

    assertThat(folded)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ok()).isTrue();
              assertThat(r.score()).isEqualTo(1.0);
            });
  }

  @Test
  void should_fold_a_sample_whose_every_repeat_failed_to_an_error() {
    List<ResultRow> folded =
        SampleRows.fold(List.of(failed("s1", 0), failed("s1", 1)), RepeatReducer.MEAN);

    assertThat(folded)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ok()).isFalse();
              assertThat(r.error()).isEqualTo("HTTP 500");
              assertThat(r.score()).isNull();
            });
  }

  @Test
  void should_keep_a_metric_error_only_when_the_metric_failed_on_every_successful_repeat() {
    ResultRow threw =
        ResultRow.builder()
            .sampleId("s1")
            .tag("qa")
            .modelId("m")
            .score(1.0)
            .metrics(Map.of("a", 1.0))
            .metricErrors(Map.of("b", "boom", "c", "boom"))
            .attempts(1)
            .repeat(0)
            .build();
    ResultRow worked =
        ResultRow.builder()
            .sampleId("s1")
            .tag("qa")
            .modelId("m")
            .score(0.5)
            .metrics(Map.of("a", 0.0, "b", 1.0))
            .metricErrors(Map.of("c", "boom again"))
            .attempts(1)
            .repeat(1)
            .build();

    ResultRow r = SampleRows.fold(List.of(threw, worked), RepeatReducer.MEAN).get(0);

    assertThat(r.metrics()).containsOnly(Map.entry("a", 0.5), Map.entry("b", 1.0));
    assertThat(r.metricErrors()).containsOnlyKeys("c");
    assertThat(r.score()).isEqualTo(0.75);
  }

  @Test
  void should_leave_the_cost_unknown_when_a_repeats_cost_is_unknown() {
    ResultRow unknown = ok("s1", 1, 1.0, "0.001", 100).toBuilder().costUsd(null).build();

    ResultRow r =
        SampleRows.fold(List.of(ok("s1", 0, 1.0, "0.001", 100), unknown), RepeatReducer.MEAN)
            .get(0);

    assertThat(r.costUsd()).isNull();
  }

  @Test
  void should_return_a_run_without_repeats_unchanged_one_row_per_model_and_sample() {
    ResultRow a = ok("s1", 0, 1.0, "0.001", 100).toBuilder().repeat(null).build();
    ResultRow b = ok("s2", 0, 0.0, "0.001", 100).toBuilder().repeat(null).build();
    ResultRow other = a.toBuilder().modelId("n").build();

    assertThat(SampleRows.fold(List.of(a, other, b), RepeatReducer.MAX))
        .containsExactly(a, b, other);
  }
}
