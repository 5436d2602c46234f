package ai.trainloop.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryAfterTest {

  private static final Clock NOON =
      Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "retry-after-ms | 1500 | PT1.5S",
        "retry-after-ms | 12.5 | PT0.0125S",
        "retry-after    | 7 | PT7S",
        "retry-after    | 0.5 | PT0.5S",
        "retry-after    | Mon, 02 Mar 2026 12:00:30 GMT | PT30S",
        "retry-after    | Mon, 02 Mar 2026 11:59:00 GMT | PT0S",
        "retry-after    | soon | null",
        "retry-after    | -3 | null",
        "retry-after-ms | -1 | null"
      })
  void should_read_a_wait_from_one_header(String header, String value, String expected) {
    Duration wait = RetryAfter.fromHeaders(Headers.of(header, value), NOON);
    assertThat(wait).isEqualTo(expected == null ? null : Duration.parse(expected));
  }

  @Test
  void should_prefer_retry_after_ms_and_fall_back_to_retry_after() {
    assertThat(
            RetryAfter.fromHeaders(Headers.of("retry-after", "20", "retry-after-ms", "250"), NOON))
        .isEqualTo(Duration.ofMillis(250));
    assertThat(RetryAfter.fromHeaders(Headers.of("retry-after", "20", "retry-after-ms", "x"), NOON))
        .isEqualTo(Duration.ofSeconds(20));
    assertThat(RetryAfter.fromHeaders(Headers.of(), NOON)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {"26s, 26000", "1.5s, 1500", "0.000001s, 0", "26, null", "null, null"})
  void should_read_protobuf_durations(String value, Long expectedMillis) {
    Duration d = RetryAfter.protobuf(value);
    assertThat(d == null ? null : d.toMillis()).isEqualTo(expectedMillis);
  }
}
