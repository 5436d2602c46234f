package ai.trainloop.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdaptiveLimitTest {
  @Test
  void should_halve_on_429_and_grow_back_by_one_after_a_run_of_successes() {
    AdaptiveLimit limit = new AdaptiveLimit(16);
    limit.throttled(limit.epoch());
    assertThat(limit.limit()).isEqualTo(8);
    limit.throttled(limit.epoch());
    limit.throttled(limit.epoch());
    limit.throttled(limit.epoch());
    limit.throttled(limit.epoch());
    assertThat(limit.limit()).isEqualTo(1);
    for (int i = 0; i < 3; i++) {
      limit.success();
    }
    assertThat(limit.limit()).isEqualTo(2);
    for (int i = 0; i < 1000; i++) {
      limit.success();
    }
    assertThat(limit.limit()).isEqualTo(16);
  }

  @Test
  void should_halve_once_for_a_burst_of_429s_to_calls_sent_under_the_same_limit() {
    AdaptiveLimit limit = new AdaptiveLimit(16);
    int sent = limit.epoch();
    for (int i = 0; i < 8; i++) {
      limit.throttled(sent);
    }
    assertThat(limit.limit()).isEqualTo(8);
    limit.throttled(limit.epoch());
    assertThat(limit.limit()).as("a 429 to a call sent after the cut cuts again").isEqualTo(4);
  }
}
