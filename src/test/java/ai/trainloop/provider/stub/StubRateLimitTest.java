package ai.trainloop.provider.stub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The stub's rate limit: a one-second burst enforced, the minute's limit told in the headers. */
class StubRateLimitTest {
  private final AtomicLong nanos = new AtomicLong();
  private final StubRateLimit limit =
      new StubRateLimit(
          StubLoad.instant(),
          3000,
          1,
          1_000_000,
          nanos::get,
          Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC));

  private StubProvider.Reply call(String format, int i) {
    return limit.answer(new StubProvider.Call(format, "m", "p" + i, 1));
  }

  @Test
  void should_admit_a_seconds_worth_at_once_then_refuse_with_the_wait_until_the_next() {
    for (int i = 0; i < 50; i++) {
      assertThat(call("openai", i)).as("call " + i).isInstanceOf(StubProvider.WithHeaders.class);
    }

    StubProvider.Reply refused = call("openai", 50);

    assertThat(refused).isInstanceOf(StubProvider.Fault.class);
    StubProvider.Fault f = (StubProvider.Fault) refused;
    assertThat(f.status()).isEqualTo(429);
    assertThat(f.headers())
        .containsEntry("retry-after-ms", "20")
        .containsEntry("x-ratelimit-limit-requests", "3000")
        .containsEntry("x-ratelimit-remaining-requests", "2950")
        .containsEntry("x-ratelimit-reset-requests", "1s");
    assertThat(limit.refused()).isEqualTo(1);
    // 20 ms later one more is admitted
    nanos.addAndGet(Duration.ofMillis(20).toNanos());
    assertThat(call("openai", 51)).isInstanceOf(StubProvider.WithHeaders.class);
  }

  @Test
  void should_tell_anthropics_reset_as_a_time_to_the_second_rounded_up() {
    StubProvider.WithHeaders reply = (StubProvider.WithHeaders) call("anthropic", 0);

    assertThat(reply.headers())
        .containsEntry("anthropic-ratelimit-requests-limit", "3000")
        .containsEntry("anthropic-ratelimit-requests-remaining", "2999")
        .containsEntry("anthropic-ratelimit-requests-reset", "2025-03-01T12:00:01Z");
  }

  @Test
  void should_limit_each_model_on_its_own() {
    for (int i = 0; i < 50; i++) {
      call("openai", i);
    }

    assertThat(limit.answer(new StubProvider.Call("openai", "other", "p", 1)))
        .isInstanceOf(StubProvider.WithHeaders.class);
  }

  @Test
  void should_write_durations_as_go_does() {
    assertThat(StubRateLimit.goDuration(Duration.ofMillis(20))).isEqualTo("20ms");
    assertThat(StubRateLimit.goDuration(Duration.ofSeconds(1))).isEqualTo("1s");
    assertThat(StubRateLimit.goDuration(Duration.ofMillis(1500))).isEqualTo("1.5s");
    assertThat(StubRateLimit.goDuration(Duration.ofMinutes(6))).isEqualTo("6m0s");
    assertThat(StubRateLimit.goDuration(Duration.ofMillis(3_723_500))).isEqualTo("1h2m3.5s");
  }
}
