package ai.trainloop.aggregate;

import static ai.trainloop.results.TestRows.failed;
import static ai.trainloop.results.TestRows.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.trainloop.render.MetricWarnings;
import ai.trainloop.results.ModelRef;
import ai.trainloop.results.ModelState;
import ai.trainloop.results.ModelStatus;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ResultRow;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RunAggregatorTest {
  private static final ModelRef GPT = new ModelRef("openai/gpt-4o", "openai", "gpt-4o");
  private static final ModelRef MINI = new ModelRef("openai/gpt-4o-mini", "openai", "gpt-4o-mini");

  private final RunAggregator aggregator = new RunAggregator(List.of(GPT, MINI));

  private ModelSummary gpt() {
    return aggregator.summary(GPT.id(), ModelStatus.ok(Duration.ofSeconds(4), null));
  }

  @Test
  void should_average_scores_over_scored_samples_only_and_count_failed_calls_as_errors() {
    // given three scored samples and one failed call
    aggregator.add(ok("s1", GPT.id(), 1.0, 100, 10, 5, "0.001"));
    aggregator.add(ok("s2", GPT.id(), 0.5, 200, 10, 5, "0.001"));
    aggregator.add(ok("s3", GPT.id(), 0.75, 300, 10, 5, "0.001"));
    aggregator.add(failed("s4", GPT.id(), 3, 1500));

    // when
    ModelSummary s = gpt();

    // then
    assertThat(s.samples()).isEqualTo(3);
    assertThat(s.errors()).isEqualTo(1);
    assertThat(s.errorRate()).isEqualTo(0.25);
    assertThat(s.score().mean()).isEqualTo(0.75);
    assertThat(s.score().min()).isEqualTo(0.5);
    assertThat(s.score().max()).isEqualTo(1.0);
    assertThat(s.score().sum()).isEqualTo(2.25);
    assertThat(s.score().stdDev()).isCloseTo(0.25, within(1e-12));
    assertThat(s.retries()).isEqualTo(new ModelSummary.Retries(6, 1500));
  }

  @Test
  void should_give_nearest_rank_percentiles_and_exact_mean_on_a_known_latency_list() {
    // given latencies 1, 2, ..., 100 ms, added in a scrambled order
    for (int i = 0; i < 100; i++) {
      long ms = (i * 37L) % 100 + 1;
      aggregator.add(ok("s" + i, GPT.id(), 1.0, ms, 1, 1, "0.01"));
    }

    // when
    ModelSummary.Latency l = gpt().latency();

    // then: nearest rank: p50 = 50th value, p95 = 95th value
    assertThat(l.mean()).isEqualTo(50.5);
    assertThat(l.p50()).isEqualTo(50L);
    assertThat(l.p95()).isEqualTo(95L);
    assertThat(l.max()).isEqualTo(100L);
    assertThat(l.requestsPerSecond()).isEqualTo(25.0); // 100 successes in 4 s
  }

  @Test
  void should_keep_percentiles_exact_to_the_millisecond_for_slow_calls() {
    // given 20 calls of 5,001 .. 100,001 ms in steps of 5,000 ms (hand: p50 = 10th = 50,001; p95 =
    // 19th = 95,001)
    for (int i = 1; i <= 20; i++) {
      aggregator.add(ok("s" + i, GPT.id(), 1.0, i * 5_000L + 1, 1, 1, "0.01"));
    }

    // when
    ModelSummary.Latency l = gpt().latency();

    // then
    assertThat(l.p50()).isEqualTo(50_001L);
    assertThat(l.p95()).isEqualTo(95_001L);
    assertThat(l.max()).isEqualTo(100_001L);
    assertThat(l.mean()).isEqualTo(52_501.0);
  }

  @Test
  void should_sum_costs_exactly_across_a_hundred_thousand_calls() {
    // given 100,000 calls of $0.0000825 (25 in + 12 out tokens), each scoring 1.0
    for (int i = 0; i < 100_000; i++) {
      aggregator.add(ok("s" + i, GPT.id(), 1.0, 10, 25, 12, "0.0000825"));
    }

    // when
    ModelSummary.Cost c = gpt().cost();

    // then: exact total; 8.25 × 1000 ÷ 3,700,000 at 16 significant digits
    assertThat(c.total()).isEqualByComparingTo("8.25");
    assertThat(c.per1kTokens()).isEqualTo(new BigDecimal("0.00222972972972973"));
    assertThat(c.perScore()).isEqualByComparingTo("0.0000825");
    assertThat(c.perSample()).isEqualByComparingTo("0.0000825");
    assertThat(gpt().tokens())
        .isEqualTo(new ModelSummary.Tokens(2_500_000L, 1_200_000L, null, null));
  }

  @Test
  void should_report_total_cost_unknown_when_any_successful_call_has_no_cost() {
    // given one priced call and one call without a cost
    aggregator.add(ok("s1", GPT.id(), 1.0, 10, 25, 12, "0.5"));
    aggregator.add(ok("s2", GPT.id(), 1.0, 10, 25, 12, null));

    // when
    ModelSummary.Cost c = gpt().cost();

    // then
    assertThat(c.known()).isFalse();
    assertThat(c.total()).isNull();
    assertThat(c.per1kTokens()).isNull();
    assertThat(c.perScore()).isNull();
    assertThat(c.perSample()).isNull();
  }

  @Test
  void should_keep_cost_known_when_only_a_failed_call_has_no_cost() {
    // given a priced success and a failed call (no cost)
    aggregator.add(ok("s1", GPT.id(), 0.5, 10, 600, 400, "0.002"));
    aggregator.add(failed("s2", GPT.id(), 1, 0));

    // when
    ModelSummary.Cost c = gpt().cost();

    // then: per 1K = 0.002 × 1000 ÷ 1000; per score = 0.002 ÷ 0.5
    assertThat(c.total()).isEqualByComparingTo("0.002");
    assertThat(c.per1kTokens()).isEqualByComparingTo("0.002");
    assertThat(c.perScore()).isEqualByComparingTo("0.004");
    assertThat(c.perSample()).isEqualByComparingTo("0.002");
  }

  @Test
  void should_leave_cost_per_score_unknown_when_every_sample_scored_zero() {
    aggregator.add(ok("s1", GPT.id(), 0.0, 10, 10, 10, "0.001"));

    assertThat(gpt().cost().total()).isEqualByComparingTo("0.001");
    assertThat(gpt().cost().perScore()).isNull();
  }

  @Test
  void should_count_a_metric_as_passed_from_a_score_of_one_half() {
    // given metric scores 0.5 (pass), 0.49 (fail), 1.0 (pass) on "tone", and "short" passing once
    aggregator.add(ok("s1", GPT.id(), Map.of("tone", 0.5), 10, 1, 1, "0.1"));
    aggregator.add(ok("s2", GPT.id(), Map.of("tone", 0.49), 10, 1, 1, "0.1"));
    aggregator.add(ok("s3", GPT.id(), Map.of("tone", 1.0, "short", 1.0), 10, 1, 1, "0.1"));

    // when
    Map<String, ModelSummary.MetricStats> metrics = gpt().metrics();

    // then
    assertThat(metrics).containsOnlyKeys("short", "tone");
    ModelSummary.MetricStats tone = metrics.get("tone");
    assertThat(tone.samples()).isEqualTo(3);
    assertThat(tone.passed()).isEqualTo(2);
    assertThat(tone.passRate()).isEqualTo(2.0 / 3);
    assertThat(tone.score()).isCloseTo(1.99 / 3, within(1e-12));
    assertThat(metrics.get("short").samples()).isEqualTo(1);
    assertThat(metrics.get("short").passRate()).isEqualTo(1.0);
  }

  @Test
  void should_count_failed_evaluations_apart_and_leave_them_out_of_the_metric_average() {
    ResultRow worked =
        ResultRow.builder()
            .sampleId("s1")
            .tag("t")
            .modelId(GPT.id())
            .score(1.0)
            .metrics(Map.of("json_valid", 1.0, "tone", 1.0))
            .latencyMs(10L)
            .inputTokens(1L)
            .outputTokens(1L)
            .costUsd(BigDecimal.ONE)
            .attempts(1)
            .waitMs(0)
            .response("x")
            .build();
    ResultRow failed =
        ResultRow.builder()
            .sampleId("s2")
            .tag("t")
            .modelId(GPT.id())
            .score(0.5)
            .metrics(Map.of("tone", 0.5))
            .metricErrors(Map.of("json_valid", "returned NaN; a score must be between 0 and 1"))
            .latencyMs(10L)
            .inputTokens(1L)
            .outputTokens(1L)
            .costUsd(BigDecimal.ONE)
            .attempts(1)
            .waitMs(0)
            .response("x")
            .build();
    // a results.jsonl of an older version kept a 0 beside the error: the error wins
    ResultRow older =
        ResultRow.builder()
            .sampleId("s3")
            .tag("t")
            .modelId(GPT.id())
            .score(0.25)
            .metrics(Map.of("json_valid", 0.0, "tone", 0.25))
            .metricErrors(Map.of("json_valid", "boom"))
            .latencyMs(10L)
            .inputTokens(1L)
            .outputTokens(1L)
            .costUsd(BigDecimal.ONE)
            .attempts(1)
            .waitMs(0)
            .response("x")
            .build();

    aggregator.add(worked);
    aggregator.add(failed);
    aggregator.add(older);

    ModelSummary.MetricStats m = gpt().metrics().get("json_valid");
    assertThat(m.errors()).isEqualTo(2);
    assertThat(m.samples()).isEqualTo(1);
    assertThat(m.score()).as("not (1 + 0 + 0) / 3").isEqualTo(1.0);
    assertThat(m.passRate()).isEqualTo(1.0);
    assertThat(m.firstError()).isEqualTo("returned NaN; a score must be between 0 and 1");
    assertThat(gpt().metrics().get("tone").errors()).isZero();
  }

  @Test
  void should_count_a_sample_on_which_every_metric_failed_apart_from_the_score_figures() {
    aggregator.add(ok("s1", GPT.id(), 0.8, 10, 100, 50, "0.1"));
    aggregator.add(
        ResultRow.builder()
            .sampleId("s2")
            .tag("t")
            .modelId(GPT.id())
            .metricErrors(Map.of("json_valid", "boom"))
            .latencyMs(10L)
            .inputTokens(1L)
            .outputTokens(1L)
            .costUsd(BigDecimal.ONE)
            .attempts(1)
            .waitMs(0)
            .response("x")
            .build());

    ModelSummary m = gpt();
    assertThat(m.samples()).isEqualTo(2);
    assertThat(m.unscored()).isEqualTo(1);
    assertThat(m.score().mean()).as("the unscored sample is not a 0").isEqualTo(0.8);
    assertThat(m.score().min()).isEqualTo(0.8);
    ModelSummary.MetricStats failing = m.metrics().get("json_valid");
    assertThat(failing.score()).isNull();
    assertThat(failing.passRate()).isNull();
    assertThat(MetricWarnings.lines(List.of(m)))
        .containsExactly("metric json_valid failed on 1 of 1 sample: boom");
  }

  @Test
  void should_sum_cached_and_reasoning_tokens_when_reported() {
    aggregator.add(ok("s1", GPT.id(), 1.0, 10, 100, 50, "0.1").withTokenDetails(40L, 20L));
    aggregator.add(ok("s2", GPT.id(), 1.0, 10, 100, 50, "0.1").withTokenDetails(0L, 5L));

    assertThat(gpt().tokens()).isEqualTo(new ModelSummary.Tokens(200L, 100L, 40L, 25L));
  }

  @Test
  void should_give_summaries_in_config_order_with_a_skipped_model_empty() {
    // given rows only for the first model; the second was skipped
    aggregator.add(ok("s1", GPT.id(), 1.0, 10, 1, 1, "0.1"));

    // when
    List<ModelSummary> all =
        aggregator.summaries(Map.of(MINI.id(), ModelStatus.skipped("OPENAI_API_KEY is not set")));

    // then
    assertThat(all).extracting(ModelSummary::id).containsExactly(GPT.id(), MINI.id());
    assertThat(all.get(0).status()).isEqualTo(ModelState.OK);
    ModelSummary skipped = all.get(1);
    assertThat(skipped.status()).isEqualTo(ModelState.SKIPPED);
    assertThat(skipped.statusReason()).isEqualTo("OPENAI_API_KEY is not set");
    assertThat(skipped.errorRate()).isNull();
    assertThat(skipped.score().mean()).isNull();
    assertThat(skipped.cost().total()).isNull();
    assertThat(skipped.latency().p50()).isNull();
    assertThat(skipped.tokens().input()).isNull();
  }

  @Test
  void should_refuse_a_row_of_a_model_not_in_the_run() {
    assertThatThrownBy(() -> aggregator.add(ok("s1", "anthropic/claude", 1.0, 10, 1, 1, "0.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("anthropic/claude");
  }

  @Test
  void should_aggregate_exactly_when_fed_from_many_threads() throws Exception {
    // given 8 threads adding 5,000 rows each, alternating models
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < 5_000; i++) {
                  String model = i % 2 == 0 ? GPT.id() : MINI.id();
                  aggregator.add(
                      i % 10 == 9
                          ? failed("s" + thread + "-" + i, model, 2, 100)
                          : ok("s" + thread + "-" + i, model, 1.0, 1 + i % 50, 3, 2, "0.0000001"));
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();

    // when
    ModelSummary s = gpt();

    // then: gpt gets the even i, and i % 10 == 9 only for odd i, so all its 8 × 2,500 rows
    // succeeded;
    // mini gets 8 × 2,500 rows of which 8 × 500 failed
    assertThat(s.samples()).isEqualTo(20_000);
    assertThat(s.errors()).isZero();
    assertThat(s.cost().total()).isEqualByComparingTo("0.002");
    ModelSummary mini = aggregator.summary(MINI.id(), ModelStatus.ok(null, null));
    assertThat(mini.samples()).isEqualTo(16_000);
    assertThat(mini.errors()).isEqualTo(4_000);
    assertThat(mini.retries().waitedMs()).isEqualTo(400_000);
  }
}
