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
}
