package ai.trainloop.provider.http;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Headers;

/**
 * Reads the wait a server asks for: {@code retry-after-ms}, {@code retry-after} and protobuf
 * durations ("26s").
 */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * The wait the headers ask for, or null. {@code retry-after-ms} wins over {@code retry-after}; a
   * {@code retry-after} HTTP date is measured from {@code clock} and is never negative.
   */
  public static Duration fromHeaders(Headers headers, Clock clock) {
    Duration ms = seconds(headers.get("retry-after-ms"), 3);
    if (ms != null) {
      return ms;
    }
    String value = headers.get("retry-after");
    if (value == null || value.isBlank()) {
      return null;
    }
    Duration secs = seconds(value, 0);
    if (secs != null) {
      return secs;
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * A protobuf JSON duration such as {@code "26s"} or {@code "1.5s"}; null when absent or not that
   * shape.
   */
  public static Duration protobuf(String value) {
    if (value == null || !value.strip().endsWith("s")) {
      return null;
    }
    String number = value.strip();
    return seconds(number.substring(0, number.length() - 1), 0);
  }

  /**
   * A non-negative decimal number of units of {@code 10^-shift} seconds, as a Duration; null if not
   * a number.
   */
  private static Duration seconds(String value, int shift) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      BigDecimal secs = new BigDecimal(value.strip()).movePointLeft(shift);
      if (secs.signum() < 0) {
        return null;
      }
      return Duration.ofNanos(secs.movePointRight(9).longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }
}
