package ai.trainloop.run;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells the listener how each pair ended, whatever the listener throws: a pair the listener failed
 * to take is offered once more as an error, and the run is marked failed (its report cannot be
 * trusted to be whole). An error the JVM cannot go on after (out of memory) also stops the run.
 * Thread-safe.
 */
final class Reports {
  private final RunListener listener;
  private final RunControl control;
  private final AtomicReference<String> failure = new AtomicReference<>();

  Reports(RunListener listener, RunControl control) {
    this.listener = listener;
    this.control = control;
  }

  void result(CallResult r) {
    try {
      listener.onResult(r);
    } catch (Throwable t) {
      String why = "reporting failed: " + describe(t);
      fail(
          "a result could not be recorded ("
              + r.modelId()
              + ", sample "
              + r.sampleId()
              + "): "
              + describe(t),
          t);
      try {
        listener.onResult(
            r.toBuilder()
                .response(null)
                .error(why)
                .errorKind(CallResult.ErrorKind.SAMPLE)
                .metrics(List.of())
                .build());
      } catch (Throwable again) {
        // the listener cannot take this pair at all: the run is already marked failed
      }
    }
  }

  void waiting(String modelId, Duration wait, String reason) {
    try {
      listener.onWaiting(modelId, wait, reason);
    } catch (Throwable t) {
      fail("the progress listener failed: " + describe(t), t);
    }
  }

  void modelStopped(String modelId, String reason) {
    try {
      listener.onModelStopped(modelId, reason);
    } catch (Throwable t) {
      fail("the listener failed: " + describe(t), t);
    }
  }

  /** Marks the run failed (the first reason wins); when the JVM cannot go on, stops it too. */
  void fail(String reason, Throwable cause) {
    failure.compareAndSet(null, reason);
    if (fatal(cause)) {
      control.stop(reason);
    }
  }

  /** Why the run failed though it was not stopped, or null. */
  String failure() {
    return failure.get();
  }

  /**
   * Out of memory and the JVM's internal errors; not a stack overflow, which unwinds and leaves the
   * JVM sound.
   */
  static boolean fatal(Throwable t) {
    return t instanceof VirtualMachineError && !(t instanceof StackOverflowError);
  }

  static String describe(Throwable t) {
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
