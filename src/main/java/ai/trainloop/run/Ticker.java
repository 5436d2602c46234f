package ai.trainloop.run;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Monotonic time and sleeping, injectable so tests can see every wait the runner asks for. */
public interface Ticker {
  /** Monotonic nanoseconds, like {@link System#nanoTime()}. */
  long nanos();

  /** Sleeps for {@code d}; interruptible. */
  void sleep(Duration d) throws InterruptedException;

  /**
   * Runs {@code task} on {@code timer} after {@code d}, holding no thread meanwhile (a retry
   * waiting out its Retry-After). Test clocks override it to move their time instead.
   */
  default void schedule(ScheduledExecutorService timer, Duration d, Runnable task) {
    var unused = timer.schedule(task, Math.max(0, d.toNanos()), TimeUnit.NANOSECONDS);
  }

  /** The real clock. */
  Ticker SYSTEM =
      new Ticker() {
        @Override
        public long nanos() {
          return System.nanoTime();
        }

        @Override
        public void sleep(Duration d) throws InterruptedException {
          if (!d.isNegative() && !d.isZero()) {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
          }
        }
      };
}
