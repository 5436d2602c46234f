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
  private long firstTokenNanos = -1;
  private long requestStartNanos = -1;
  private boolean cached;
  private int repeat;
  private String sampleId;
  private boolean batched;

  /** The attempt's phases, once its reply was read to the end; null before, or without HTTP. */
  public synchronized CallTiming timing() {
    return timing;
  }

  public synchronized void timing(CallTiming timing) {
    this.timing = timing;
  }

  /**
   * The attempt's phases, with when its request's first byte was written (on the clock of {@link
   * #firstToken}): the origin of its time to first token.
   */
  public synchronized void timing(CallTiming timing, long requestStartNanos) {
    this.timing = timing;
    this.requestStartNanos = requestStartNanos;
  }

  /**
   * Adds the time to first token to the timing, once a streamed reply was read to its end: from the
   * request's first byte written to the first token marked, at most the total (a reply that arrived
   * in one read is read to its end before its first event is parsed). Nothing without a timing or a
   * mark.
   */
  public synchronized void firstTokenTimed() {
    if (timing == null || firstTokenNanos < 0 || requestStartNanos < 0) {
      return;
    }
    Duration ttft = Duration.ofNanos(Math.max(0, firstTokenNanos - requestStartNanos));
    timing =
        new CallTiming(
            timing.setup(),
            timing.toHeaders(),
            timing.total(),
            ttft.compareTo(timing.total()) > 0 ? timing.total() : ttft);
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

  /** Which repeat of its (sample, model) pair the call is, from 0 (part of the cache key). */
  public synchronized int repeat() {
    return repeat;
  }

  public synchronized void repeat(int n) {
    this.repeat = n;
  }

  /** The id of the sample the call is for; null when the caller does not say. */
  public synchronized String sampleId() {
    return sampleId;
  }

  public synchronized void sampleId(String id) {
    this.sampleId = id;
  }

  /**
   * Whether the reply came from a batch (collected, not sent now): it has no latency of its own.
   */
  public synchronized boolean batched() {
    return batched;
  }

  public synchronized void batched(boolean batched) {
    this.batched = batched;
  }

  /** Which attempt of its call this is, from 1; 0 when the caller does not count attempts. */
  public synchronized int attempt() {
    return attempt;
  }

  public synchronized void attempt(int n) {
    this.attempt = n;
  }

  /**
   * When a streamed reply's first token (non-empty text or tool-call delta) was read, on the clock
   * OkHttp's events are timed with; -1 before, or when the reply was not streamed.
   */
  public synchronized long firstTokenNanos() {
    return firstTokenNanos;
  }

  /** Marks the first token read at {@code nanos}; later marks are ignored. */
  public synchronized void firstToken(long nanos) {
    if (firstTokenNanos < 0) {
      firstTokenNanos = nanos;
    }
  }

  /** Whether the reply came from the response cache: nothing was sent, nothing is owed. */
  public synchronized boolean cached() {
    return cached;
  }

  public synchronized void cached(boolean cached) {
    this.cached = cached;
  }
}
