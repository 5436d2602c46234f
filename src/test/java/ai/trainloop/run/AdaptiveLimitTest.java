package ai.trainloop.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdaptiveLimitTest {
  @Test
  void should_halve_on_429_and_grow_back_by_one_after_a_run_of_successes() {
    AdaptiveLimit limit = new AdaptiveLimit(16);
    limit.throttled();
    assertThat(limit.limit()).isEqualTo(8);
    limit.throttled();
    limit.throttled();
    limit.throttled();
    limit.throttled();
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
  void should_halve_once_for_429s_of_calls_sent_before_the_last_halving() {
    // given three calls sent at t=0 under a limit of 16
    AdaptiveLimit limit = new AdaptiveLimit(16);

    // when all three come back 429 at t=20, 21 and 22
    limit.throttled(0, 20);
    limit.throttled(0, 21);
    limit.throttled(0, 22);

    // then the limit halves once; a call sent after that halving halves it again
    assertThat(limit.limit()).isEqualTo(8);
    limit.throttled(25, 45);
    assertThat(limit.limit()).isEqualTo(4);
  }
}
