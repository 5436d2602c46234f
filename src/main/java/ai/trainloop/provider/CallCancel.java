package ai.trainloop.provider;

/**
 * Lets another thread abandon one provider call: the HTTP layer registers how to cancel its request
 * (OkHttp's {@code Call.cancel()} closes the connection), and {@link #cancel} runs it, at once when
 * the call is already under way, or as soon as it registers. It also carries the attempt's {@link
 * CallTrace}: what the HTTP layer saw of it (timings, rate-limit headers, a timeout). Thread-safe;
 * one per attempt.
 */
public final class CallCancel {
  private final CallTrace trace = new CallTrace();
  private Runnable onCancel;
  private boolean cancelled;

  /** A handle nobody cancels, for callers that never abandon a call. */
  public static CallCancel none() {
    return new CallCancel();
  }

  /**
   * Registers how to cancel the request under way; runs it at once when the call was already
   * cancelled.
   */
  public void onCancel(Runnable action) {
    synchronized (this) {
      if (!cancelled) {
        onCancel = action;
        return;
      }
    }
    action.run();
  }

  /** Cancels the call: its thread gets a failure soon after, and its reply, if any, is not read. */
  public void cancel() {
    Runnable action;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      action = onCancel;
    }
    if (action != null) {
      action.run();
    }
  }

  public synchronized boolean cancelled() {
    return cancelled;
  }

  /** What the HTTP layer saw of this attempt. */
  public CallTrace trace() {
    return trace;
  }
}
