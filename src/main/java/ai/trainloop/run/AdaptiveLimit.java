package ai.trainloop.run;

/**
 * One provider's in-flight limit, under the global one: it halves on a 429 and grows back by one after a run of
 * successes (additive increase, multiplicative decrease), so one throttled vendor does not slow the others. Thread-safe.
 */
final class AdaptiveLimit {
  private final int ceiling;
  private int limit;
  private int inFlight;
  private int successRun;
  private Long decreasedAt;

  AdaptiveLimit(int ceiling) {
    this.ceiling = ceiling;
    this.limit = ceiling;
  }

  /** Waits for an in-flight slot. */
  synchronized void acquire() throws InterruptedException {
    while (inFlight >= limit) {
      wait();
    }
    inFlight++;
  }

  synchronized void release() {
    inFlight--;
    notifyAll();
  }

  /** A 429: halve the limit (never below one). */
  synchronized void throttled() {
    limit = Math.max(1, limit / 2);
    successRun = 0;
  }

  /**
   * A 429 to an attempt sent at {@code sentAt}: halves the limit, unless the attempt was sent before the last
   * halving. Those calls left under the old limit, so their 429s say nothing about the new one; halving again for
   * each of them would take the limit to one whenever a few calls in flight are refused together (TCP reacts to
   * losses at most once per window for the same reason).
   *
   * @param sentAt when the refused attempt started, on the runner's ticker
   * @param now    the ticker's time now
   */
  synchronized void throttled(long sentAt, long now) {
    if (decreasedAt != null && sentAt - decreasedAt < 0) {
      return;
    }
    throttled();
    decreasedAt = now;
  }

  /** A success: after as many successes in a row as the limit (at least 3) it grows by one, up to the ceiling. */
  synchronized void success() {
    if (limit < ceiling && ++successRun >= Math.max(3, limit)) {
      limit++;
      successRun = 0;
      notifyAll();
    }
  }

  synchronized int limit() {
    return limit;
  }
}
