package ai.trainloop.run;

import ai.trainloop.provider.RateLimits;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One model's state during a run: its provider's shared in-flight limit and pacing, its own rate
 * caps and the pacing its replies' rate-limit headers ask for, whether it was stopped, its calls
 * waiting out a retry, and when its first call started and its last one ended.
 */
final class ModelLane {
  private final ModelTarget target;
  private final AdaptiveLimit limit;
  private final StartGate providerGate;
  private final StartGate modelGate;
  private final HeaderPacer headerPacer;
  private final AtomicReference<String> stopReason = new AtomicReference<>();
  private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);
  private final ReentrantLock pacingTurn = new ReentrantLock(true);
  private final Deque<CallTask> readyRetries = new ArrayDeque<>();
  private int unfinished;

  ModelLane(
      ModelTarget target,
      AdaptiveLimit limit,
      StartGate providerGate,
      StartGate modelGate,
      HeaderPacer headerPacer) {
    this.target = target;
    this.limit = limit;
    this.providerGate = providerGate;
    this.modelGate = modelGate;
    this.headerPacer = headerPacer;
  }

  ModelTarget target() {
    return target;
  }

  AdaptiveLimit limit() {
    return limit;
  }

  /**
   * Waits for this model's rpm/tpm, its provider's request-delay token and what its replies'
   * rate-limit headers allow. The caller already holds its global slot, so a paced call goes out
   * when its token says, not together with others when slots free up; the pacing turn lets one call
   * of the model at a time wait this way, so paced calls hold at most one global slot per model.
   *
   * @return the call's place among the model's starts, for {@link #observe}
   */
  HeaderPacer.Ticket awaitStart(long estimatedTokens) throws InterruptedException {
    if (modelGate.inactive() && providerGate.inactive() && !headerPacer.active()) {
      return headerPacer.await(estimatedTokens);
    }
    pacingTurn.lockInterruptibly();
    try {
      if (!modelGate.inactive()) {
        modelGate.await(estimatedTokens);
      }
      if (!providerGate.inactive()) {
        providerGate.await(estimatedTokens);
      }
      return headerPacer.await(estimatedTokens);
    } finally {
      pacingTurn.unlock();
    }
  }

  /**
   * A call of this model was answered 429 at {@code nowNanos}: see {@link HeaderPacer#throttled}.
   */
  void throttled(long nowNanos) {
    headerPacer.throttled(nowNanos);
  }

  /** What the rate-limit headers of the reply to the call started with {@code ticket} told. */
  void observe(RateLimits limits, HeaderPacer.Ticket ticket, long nowNanos) {
    headerPacer.observe(limits, ticket, nowNanos);
  }

  /** A pair of this lane was sent: the lane is not done until it {@linkplain #pairEnded ends}. */
  synchronized void pairStarted() {
    unfinished++;
  }

  synchronized void pairEnded() {
    unfinished--;
    notifyAll();
  }

  /** Hands back a call whose retry wait is over (from the timer thread). */
  synchronized void retryReady(CallTask task) {
    readyRetries.addLast(task);
    notifyAll();
  }

  /** A call whose wait is over, or null. */
  synchronized CallTask nextRetry() {
    return readyRetries.pollFirst();
  }

  /**
   * Waits for a retry to be ready; null once every pair of this lane has ended (none can come
   * back).
   */
  synchronized CallTask awaitRetry() throws InterruptedException {
    while (readyRetries.isEmpty() && unfinished > 0) {
      wait();
    }
    return nextRetry();
  }

  /** Stops the model for good; returns true for the first stop. */
  boolean stop(String reason) {
    return stopReason.compareAndSet(null, reason);
  }

  boolean stopped() {
    return stopReason.get() != null;
  }

  String stopReason() {
    return stopReason.get();
  }

  void markStart(long nanos) {
    firstStart.accumulateAndGet(nanos, Math::min);
  }

  void markEnd(long nanos) {
    lastEnd.accumulateAndGet(nanos, Math::max);
  }

  /** Nanoseconds from the first start to the last end; 0 when nothing was sent. */
  long activeNanos() {
    long s = firstStart.get();
    long e = lastEnd.get();
    return s == Long.MAX_VALUE || e < s ? 0 : e - s;
  }
}
