package ai.trainloop.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stops a run from outside (Ctrl-C, budget): no new call is sent after {@link #stop}, and no retry
 * either. Thread-safe; {@link #stop} may be called from a signal handler.
 */
public final class RunControl {
  private final AtomicReference<String> stopReason = new AtomicReference<>();
  private final List<Runnable> onStop = new ArrayList<>();

  /** Stops sending new calls; the first reason given wins. */
  public void stop(String reason) {
    if (!stopReason.compareAndSet(null, reason)) {
      return;
    }
    List<Runnable> hooks;
    synchronized (onStop) {
      hooks = List.copyOf(onStop);
    }
    hooks.forEach(Runnable::run);
  }

  public boolean stopped() {
    return stopReason.get() != null;
  }

  /** Why the run was stopped, or null. */
  public String reason() {
    return stopReason.get();
  }

  /**
   * Runs {@code hook} when the run stops (at once when it already has). The hook must be quick,
   * thread-safe and idempotent (a stop racing with this call may run it twice).
   */
  void whenStopped(Runnable hook) {
    synchronized (onStop) {
      onStop.add(hook);
    }
    if (stopped()) {
      hook.run();
    }
  }
}
