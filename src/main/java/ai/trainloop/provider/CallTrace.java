package ai.trainloop.provider;

import java.time.Duration;

/**
 * What the HTTP layer saw of one attempt, for the runner to read after it: the phases' times, the
 * rate-limit headers, and the limit it timed out at. Written by the call's thread (and OkHttp's
 * event listener on it), read by the runner after the call returned. Thread-safe; one per attempt,
 * carried by its {@link CallCancel}.
 */
public final class CallTrace {
  private CallTiming timing;
  private RateLimits rateLimits = RateLimits.NONE;
  private Duration timedOut;
  private int attempt;

  /** The attempt's phases, once its reply was read to the end; null before, or without HTTP. */
  public synchronized CallTiming timing() {
    return timing;
  }

  public synchronized void timing(CallTiming timing) {
    this.timing = timing;
  }

  /** The rate-limit headers of its reply (success or error); {@link RateLimits#NONE} without. */
  public synchronized RateLimits rateLimits() {
    return rateLimits;
  }

  public synchronized void rateLimits(RateLimits limits) {
    this.rateLimits = limits == null ? RateLimits.NONE : limits;
  }

  /**
   * The limit (call, read or connect timeout) the attempt passed; null when it did not time out.
   */
  public synchronized Duration timedOut() {
    return timedOut;
  }

  public synchronized void timedOut(Duration limit) {
    this.timedOut = limit;
  }

  /** Which attempt of its call this is, from 1; 0 when the caller does not count attempts. */
  public synchronized int attempt() {
    return attempt;
  }

  public synchronized void attempt(int n) {
    this.attempt = n;
  }
}
