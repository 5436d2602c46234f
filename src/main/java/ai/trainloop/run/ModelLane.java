package ai.trainloop.run;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One model's state during a run: its provider's shared in-flight limit and pacing, its own rate caps,
 * whether it was stopped, and when its first call started and its last one ended.
 */
final class ModelLane {
  private final ModelTarget target;
  private final AdaptiveLimit limit;
  private final StartGate providerGate;
  private final StartGate modelGate;
  private final AtomicReference<String> stopReason = new AtomicReference<>();
  private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong lastEnd = new AtomicLong(Long.MIN_VALUE);

  ModelLane(ModelTarget target, AdaptiveLimit limit, StartGate providerGate, StartGate modelGate) {
    this.target = target;
    this.limit = limit;
    this.providerGate = providerGate;
    this.modelGate = modelGate;
  }

  ModelTarget target() {
    return target;
  }

  AdaptiveLimit limit() {
    return limit;
  }

  void awaitStart(long estimatedTokens) throws InterruptedException {
    if (!modelGate.inactive()) {
      modelGate.await(estimatedTokens);
    }
    if (!providerGate.inactive()) {
      providerGate.await(estimatedTokens);
    }
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
