package ai.trainloop.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.RateLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** OpenAI's and Anthropic's rate-limit headers, and hostile values, ignored. */
class RateLimitHeadersTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void should_read_openais_requests_and_tokens() {
    Headers h =
        Headers.of(
            "x-ratelimit-limit-requests", "3000",
            "x-ratelimit-remaining-requests", "2999",
            "x-ratelimit-reset-requests", "20ms",
            "x-ratelimit-limit-tokens", "150000",
            "x-ratelimit-remaining-tokens", "149000",
            "x-ratelimit-reset-tokens", "6m0s");

    RateLimits limits = RateLimitHeaders.read(h, CLOCK);

    assertThat(limits.requests())
        .isEqualTo(new RateLimits.Limit(3000L, 2999L, Duration.ofMillis(20)));
    assertThat(limits.tokens())
        .isEqualTo(new RateLimits.Limit(150000L, 149000L, Duration.ofMinutes(6)));
  }

  @Test
  void should_read_anthropics_reset_as_the_time_until_then() {
    Headers h =
        Headers.of(
            "anthropic-ratelimit-requests-limit", "50",
            "anthropic-ratelimit-requests-remaining", "0",
            "anthropic-ratelimit-requests-reset", "2025-03-01T12:00:02Z",
            "anthropic-ratelimit-tokens-remaining", "4000",
            "anthropic-ratelimit-tokens-reset", "2025-03-01T12:00:00.500+00:00");

    RateLimits limits = RateLimitHeaders.read(h, CLOCK);

    assertThat(limits.requests()).isEqualTo(new RateLimits.Limit(50L, 0L, Duration.ofSeconds(2)));
    assertThat(limits.tokens())
        .isEqualTo(new RateLimits.Limit(null, 4000L, Duration.ofMillis(500)));
  }

  @Test
  void should_read_a_reset_in_the_past_as_now() {
    Headers h =
        Headers.of(
            "anthropic-ratelimit-requests-remaining", "5",
            "anthropic-ratelimit-requests-reset", "2025-03-01T11:59:00Z");

    assertThat(RateLimitHeaders.read(h, CLOCK).requests().reset()).isEqualTo(Duration.ZERO);
  }

  @Test
  void should_know_nothing_from_a_reply_without_those_headers() {
    RateLimits limits =
        RateLimitHeaders.read(Headers.of("content-type", "application/json"), CLOCK);

    assertThat(limits).isSameAs(RateLimits.NONE);
    assertThat(limits.known()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "1s, 1000",
    "6m0s, 360000",
    "20ms, 20",
    "1h2m3.5s, 3723500",
    "0.5s, 500",
    "150us, 0.15",
    "150µs, 0.15",
    "0s, 0"
  })
  void should_read_go_durations(String value, double millis) {
    assertThat(RateLimitHeaders.duration(value))
        .isEqualTo(Duration.ofNanos(Math.round(millis * 1_000_000)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "soon",
        "-1s",
        "1",
        "s",
        "1.2.3s",
        "1x",
        "99999999h",
        "25h",
        "1e9s",
        "١s",
        "1s2",
        "12345678901234567890123456789012345678901234567890s"
      })
  void should_ignore_a_duration_that_is_garbage_negative_or_huge(String value) {
    assertThat(RateLimitHeaders.duration(value)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "-1", "1.5", "12abc", "99999999999999999999", "1099511627777", "١٢", "0x10"})
  void should_ignore_a_count_that_is_not_a_sane_whole_number(String value) {
    assertThat(RateLimitHeaders.count(value)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tomorrow",
        "2025-03-01",
        "2025-03-01T12:00:02",
        "+999999999-12-31T23:59:59Z",
        "2025-03-09T12:00:00Z",
        "2025-13-01T12:00:00Z"
      })
  void should_ignore_a_reset_time_that_is_garbage_or_too_far(String value) {
    assertThat(RateLimitHeaders.instant(value, CLOCK)).isNull();
  }

  @Test
  void should_keep_what_can_be_trusted_of_hostile_headers() {
    Headers h =
        Headers.of(
            "x-ratelimit-limit-requests", "0",
            "x-ratelimit-remaining-requests", "-5",
            "x-ratelimit-reset-requests", "9999999h",
            "x-ratelimit-limit-tokens", "100",
            "x-ratelimit-remaining-tokens", "500",
            "x-ratelimit-reset-tokens", "garbage");

    RateLimits limits = RateLimitHeaders.read(h, CLOCK);

    // a negative remaining tells nothing; more left than the limit discredits the limit
    assertThat(limits.requests().known()).isFalse();
    assertThat(limits.tokens()).isEqualTo(new RateLimits.Limit(null, 500L, null));
  }
}
