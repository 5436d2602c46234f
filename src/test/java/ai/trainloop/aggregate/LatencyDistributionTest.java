package ai.trainloop.aggregate;

import static ai.trainloop.results.TestRows.failed;
import static ai.trainloop.results.TestRows.ok;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.results.ModelRef;
import ai.trainloop.results.ModelStatus;
import ai.trainloop.results.ModelSummary;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model's latency distribution: successful calls and, at their limit, attempts that timed out;
 * p90 and p99 by nearest rank; connection set-up apart.
 */
class LatencyDistributionTest {
  private static final ModelRef GPT = new ModelRef("openai/gpt-4o", "openai", "gpt-4o");
  private final RunAggregator aggregator = new RunAggregator(List.of(GPT));

  private ModelSummary.Latency latency() {
    return aggregator.summary(GPT.id(), ModelStatus.ok(Duration.ofSeconds(4), null)).latency();
  }

  @Test
  void should_give_p90_and_p99_by_nearest_rank() {
    // given 1, 2, ..., 100 ms
    for (int i = 1; i <= 100; i++) {
      aggregator.add(ok("s" + i, GPT.id(), 1.0, i, 1, 1, "0.01"));
    }

    ModelSummary.Latency l = latency();

    assertThat(l.p50()).isEqualTo(50L);
    assertThat(l.p90()).isEqualTo(90L);
    assertThat(l.p95()).isEqualTo(95L);
    assertThat(l.p99()).isEqualTo(99L);
    assertThat(l.timeouts()).isZero();
  }

  @Test
  void
      should_put_attempts_that_timed_out_in_the_distribution_at_their_limit_when_retries_rescued_them() {
    // given 90 calls of 200 ms, and 10 that succeeded at 200 ms after a first attempt timed out at
    // 600
    for (int i = 0; i < 90; i++) {
      aggregator.add(ok("s" + i, GPT.id(), 1.0, 200, 1, 1, "0.01"));
    }
    for (int i = 90; i < 100; i++) {
      aggregator.add(
          ok("s" + i, GPT.id(), 1.0, 200, 1, 1, "0.01").toBuilder()
              .attempts(2)
              .timeouts(1)
              .timeoutMs(600L)
              .build());
    }
    // when
    ModelSummary.Latency l = latency();
    // then 110 values: 100 of 200 ms and 10 of 600 ms; every sample was answered
    assertThat(l.timeouts()).isEqualTo(10);
    assertThat(l.p90()).isEqualTo(200L);
    assertThat(l.p95()).isEqualTo(600L);
    assertThat(l.max()).isEqualTo(600L);
    assertThat(l.mean()).isEqualTo((100 * 200 + 10 * 600) / 110.0);
  }

  @Test
  void should_have_a_distribution_of_timeouts_alone_when_no_call_succeeded() {
    aggregator.add(failed("s1", GPT.id(), 3, 0).toBuilder().timeouts(3).timeoutMs(600L).build());

    ModelSummary.Latency l = latency();

    assertThat(l.p50()).isEqualTo(600L);
    assertThat(l.p95()).isEqualTo(600L);
    assertThat(l.timeouts()).isEqualTo(3);
    assertThat(l.requestsPerSecond()).isEqualTo(0.0);
  }

  @Test
  void should_average_connection_set_up_over_the_calls_that_opened_one() {
    aggregator.add(ok("s1", GPT.id(), 1.0, 200, 1, 1, "0.01").toBuilder().connectMs(30L).build());
    aggregator.add(ok("s2", GPT.id(), 1.0, 200, 1, 1, "0.01").toBuilder().connectMs(10L).build());
    aggregator.add(ok("s3", GPT.id(), 1.0, 200, 1, 1, "0.01"));

    assertThat(latency().connectMean()).isEqualTo(20.0);
    assertThat(latency().mean()).isEqualTo(200.0);
  }

  @Test
  void should_say_nothing_of_set_up_when_no_call_opened_a_connection() {
    aggregator.add(ok("s1", GPT.id(), 1.0, 200, 1, 1, "0.01"));

    assertThat(latency().connectMean()).isNull();
  }

  @Test
  void should_ignore_a_timeout_count_that_comes_without_its_limit() {
    // a hand-edited results line: timeouts without timeout_ms cannot be placed in the distribution
    aggregator.add(ok("s1", GPT.id(), 1.0, 200, 1, 1, "0.01").toBuilder().timeouts(2).build());

    assertThat(latency().timeouts()).isZero();
    assertThat(latency().max()).isEqualTo(200L);
  }
}
