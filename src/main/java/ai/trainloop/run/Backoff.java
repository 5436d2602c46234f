package ai.trainloop.run;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * How long to wait before the next attempt: what the server asked for, else exponential backoff
 * with full jitter (a uniform wait between 0 and min(maxWait, base × 2^(retry − 1))).
 */
public final class Backoff {
  public static final Duration BASE = Duration.ofMillis(500);
  private final Duration maxWait;
  private final SplittableRandom random;

  public Backoff(Duration maxWait, long seed) {
    this.maxWait = maxWait;
    this.random = new SplittableRandom(seed);
  }

  /**
   * How long to wait before a retry.
   *
   * @param retry 1 for the first retry
   * @param serverAsked the server's retry-after, or null
   * @return the wait, or null when the server asked for more than {@code maxWait} (give up rather
   *     than retry early)
   */
  public synchronized Duration next(int retry, Duration serverAsked) {
    if (serverAsked != null) {
      if (serverAsked.compareTo(maxWait) > 0) {
        return null;
      }
      return serverAsked.isNegative() ? Duration.ZERO : serverAsked;
    }
    long capMs = Math.min(maxWait.toMillis(), BASE.toMillis() << Math.min(retry - 1, 20));
    return Duration.ofMillis(capMs <= 0 ? 0 : random.nextLong(capMs + 1));
  }
}
