package ai.trainloop.config;

import java.time.Duration;

/** {@code benchmark.retry}: attempts per call (first one included) and the longest single wait. */
public record RetryConfig(int maxAttempts, Duration maxWait) {
  public static final RetryConfig DEFAULT = new RetryConfig(6, Duration.ofSeconds(60));

  public RetryConfig {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }
}
