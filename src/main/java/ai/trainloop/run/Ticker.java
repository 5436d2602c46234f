package ai.trainloop.run;

import java.time.Duration;

/** Monotonic time and sleeping, injectable so tests can see every wait the runner asks for. */
public interface Ticker {
  /** Monotonic nanoseconds, like {@link System#nanoTime()}. */
  long nanos();

  /** Sleeps for {@code d}; interruptible. */
  void sleep(Duration d) throws InterruptedException;

  /** The real clock. */
  Ticker SYSTEM = new Ticker() {
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
