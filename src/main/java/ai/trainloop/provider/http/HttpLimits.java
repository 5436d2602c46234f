package ai.trainloop.provider.http;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits every provider call has even when the config sets none: a whole-call deadline (used
 * when {@code max_response_time} is unset) and the largest reply body read into memory.
 *
 * @param defaultDeadline the whole-call limit when {@code max_response_time} is unset
 * @param maxReplyBytes the largest reply body (success or error) that is read; a larger one fails
 *     that sample
 */
public record HttpLimits(Duration defaultDeadline, long maxReplyBytes) {

  public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(10);
  public static final long DEFAULT_MAX_REPLY_BYTES = 32L * 1024 * 1024;
  public static final HttpLimits DEFAULTS =
      new HttpLimits(DEFAULT_DEADLINE, DEFAULT_MAX_REPLY_BYTES);

  public HttpLimits {
    Objects.requireNonNull(defaultDeadline, "defaultDeadline");
    if (defaultDeadline.isNegative() || defaultDeadline.isZero()) {
      throw new IllegalArgumentException("defaultDeadline must be positive: " + defaultDeadline);
    }
    if (maxReplyBytes < 1) {
      throw new IllegalArgumentException("maxReplyBytes must be positive: " + maxReplyBytes);
    }
  }
}
