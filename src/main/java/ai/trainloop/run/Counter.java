package ai.trainloop.run;

/**
 * A count of unfinished work that can be waited on, with no limit on how much (a Phaser allows
 * 65,535 parties, past which a model's remaining samples would go unsent). Thread-safe.
 */
final class Counter {
  private long count;

  synchronized void add() {
    count++;
  }

  synchronized void done() {
    count--;
    notifyAll();
  }

  synchronized long get() {
    return count;
  }

  /**
   * Waits until at most {@code max} remain; returns false when {@code timeoutNanos} passed first.
   */
  synchronized boolean awaitAtMost(long max, long timeoutNanos) throws InterruptedException {
    long end = System.nanoTime() + timeoutNanos;
    while (count > max) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  /** Waits, with no time limit, until at most {@code max} remain. */
  synchronized void awaitAtMost(long max) throws InterruptedException {
    while (count > max) {
      wait();
    }
  }
}
