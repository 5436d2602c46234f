package ai.trainloop.provider.http;

import ai.trainloop.provider.RateLimits;
import ai.trainloop.provider.RateLimits.Limit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import okhttp3.Headers;

/**
 * Reads the vendors' rate-limit headers: OpenAI's {@code x-ratelimit-{limit,remaining,reset}-
 * {requests,tokens}} (resets as durations such as {@code 1s}, {@code 6m0s}, {@code 20ms}) and
 * Anthropic's {@code anthropic-ratelimit-{requests,tokens}-{limit,remaining,reset}} (resets as RFC
 * 3339 times). Outside data: a value that is not of that shape, negative, or beyond {@link
 * #MOST_COUNT} or {@link #LONGEST_RESET} is ignored, never an error.
 */
public final class RateLimitHeaders {
  /** A count beyond this is not believed (no vendor allows 2^40 requests a window). */
  public static final long MOST_COUNT = 1L << 40;

  /** A reset further away than this is not believed. */
  public static final Duration LONGEST_RESET = Duration.ofDays(1);

  /** Longer values are not parsed at all. */
  private static final int LONGEST_VALUE = 40;

  private RateLimitHeaders() {}

  /** The limits {@code headers} tell; {@link RateLimits#NONE} when they tell none. */
  public static RateLimits read(Headers headers, Clock clock) {
    Limit requests = openAi(headers, "requests");
    if (!requests.known()) {
      requests = anthropic(headers, "requests", clock);
    }
    Limit tokens = openAi(headers, "tokens");
    if (!tokens.known()) {
      tokens = anthropic(headers, "tokens", clock);
    }
    return !requests.known() && !tokens.known()
        ? RateLimits.NONE
        : new RateLimits(requests, tokens);
  }

  private static Limit openAi(Headers h, String what) {
    Long remaining = count(h.get("x-ratelimit-remaining-" + what));
    if (remaining == null) {
      return Limit.NONE;
    }
    return limit(
        count(h.get("x-ratelimit-limit-" + what)),
        remaining,
        duration(h.get("x-ratelimit-reset-" + what)));
  }

  private static Limit anthropic(Headers h, String what, Clock clock) {
    String prefix = "anthropic-ratelimit-" + what + "-";
    Long remaining = count(h.get(prefix + "remaining"));
    if (remaining == null) {
      return Limit.NONE;
    }
    return limit(
        count(h.get(prefix + "limit")), remaining, instant(h.get(prefix + "reset"), clock));
  }

  private static Limit limit(Long limit, long remaining, Duration reset) {
    if (limit != null && limit < 1) {
      limit = null;
    }
    // more left than the limit allows: the limit is the one to doubt
    if (limit != null && remaining > limit) {
      limit = null;
    }
    return new Limit(limit, remaining, reset);
  }

  /** A whole number from 0 to {@link #MOST_COUNT}; null otherwise. */
  static Long count(String value) {
    if (value == null || value.isBlank() || value.length() > LONGEST_VALUE) {
      return null;
    }
    String v = value.strip();
    for (int i = 0; i < v.length(); i++) {
      if (!digit(v.charAt(i))) {
        return null;
      }
    }
    if (v.length() > 13) {
      return null;
    }
    long n = Long.parseLong(v);
    return n <= MOST_COUNT ? n : null;
  }

  /**
   * A duration as Go prints it and OpenAI sends it: decimal numbers each with a unit ({@code h},
   * {@code m}, {@code s}, {@code ms}, {@code us}, {@code µs}, {@code ns}), such as {@code 6m0s} or
   * {@code 1.5s}; null when not that shape, negative, or longer than {@link #LONGEST_RESET}.
   */
  static Duration duration(String value) {
    if (value == null || value.isBlank() || value.length() > LONGEST_VALUE) {
      return null;
    }
    String v = value.strip();
    BigDecimal nanos = BigDecimal.ZERO;
    int i = 0;
    while (i < v.length()) {
      int start = i;
      while (i < v.length() && (digit(v.charAt(i)) || v.charAt(i) == '.')) {
        i++;
      }
      int unitStart = i;
      while (i < v.length() && !digit(v.charAt(i)) && v.charAt(i) != '.') {
        i++;
      }
      if (start == unitStart || unitStart == i) {
        return null;
      }
      BigDecimal number;
      try {
        number = new BigDecimal(v.substring(start, unitStart));
      } catch (NumberFormatException e) {
        return null;
      }
      Long unit = unitNanos(v.substring(unitStart, i));
      if (unit == null) {
        return null;
      }
      nanos = nanos.add(number.multiply(BigDecimal.valueOf(unit)));
      if (nanos.compareTo(BigDecimal.valueOf(LONGEST_RESET.toNanos())) > 0) {
        return null;
      }
    }
    return Duration.ofNanos(nanos.longValue());
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Long unitNanos(String unit) {
    return switch (unit) {
      case "h" -> 3_600_000_000_000L;
      case "m" -> 60_000_000_000L;
      case "s" -> 1_000_000_000L;
      case "ms" -> 1_000_000L;
      case "us", "µs", "μs" -> 1_000L;
      case "ns" -> 1L;
      default -> null;
    };
  }

  /**
   * The time from now to an RFC 3339 instant ({@code 2025-01-01T00:00:30Z}); zero when it is past,
   * null when not that shape or further than {@link #LONGEST_RESET}.
   */
  static Duration instant(String value, Clock clock) {
    if (value == null || value.isBlank() || value.length() > LONGEST_VALUE) {
      return null;
    }
    try {
      Duration wait = Duration.between(clock.instant(), OffsetDateTime.parse(value.strip()));
      if (wait.isNegative()) {
        return Duration.ZERO;
      }
      return wait.compareTo(LONGEST_RESET) > 0 ? null : wait;
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }
}
