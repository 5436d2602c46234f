package ai.trainloop.run;

/**
 * One provider's in-flight limit, under the global one: it halves on a 429 and grows back by one
 * after a run of successes (additive increase, multiplicative decrease), so one throttled vendor
 * does not slow the others. Thread-safe.
 */
final class AdaptiveLimit {
  private final int ceiling;
  private int limit;
  private int inFlight;
  private int successRun;
  private int epoch;

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

  /**
   * The current limit's generation: a call notes it when sent and hands it to {@link
   * #throttled(int)}.
   */
  synchronized int epoch() {
    return epoch;
  }

  /**
   * A 429 to a call sent in generation {@code sentIn}: halve the limit (never below one). A burst
   * of 429s to calls sent under the same limit halves it once, not once per call, as TCP's
   * congestion control does per window.
   */
  synchronized void throttled(int sentIn) {
    if (sentIn != epoch) {
      return;
    }
    limit = Math.max(1, limit / 2);
    successRun = 0;
    epoch++;
  }

  /**
   * A success: after as many successes in a row as the limit (at least 3) it grows by one, up to
   * the ceiling.
   */
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
