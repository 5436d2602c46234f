package ai.trainloop.run.batch;

import java.time.Duration;

/**
 * How long to wait between polls of the same batches: {@code first} (5 s by default, {@code
 * --batch-poll}) doubling up to {@code max} (60 s, or {@code first} when larger).
 */
public record PollSchedule(Duration first, Duration max) {
  public static final PollSchedule DEFAULT =
      new PollSchedule(Duration.ofSeconds(5), Duration.ofSeconds(60));

  public PollSchedule {
    if (first.isNegative() || first.isZero()) {
      throw new IllegalArgumentException("the first poll interval must be positive");
    }
    max = max.compareTo(first) < 0 ? first : max;
  }

  /** The schedule starting at {@code seconds} ({@code --batch-poll}). */
  public static PollSchedule startingAt(long seconds) {
    return new PollSchedule(Duration.ofSeconds(seconds), DEFAULT.max());
  }

  /** The wait before poll round {@code round} (1 for the first wait). */
  public Duration wait(int round) {
    Duration d = first.multipliedBy(1L << Math.min(Math.max(round - 1, 0), 20));
    return d.compareTo(max) > 0 ? max : d;
  }
}
