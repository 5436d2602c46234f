package ai.trainloop.run;

import java.util.concurrent.atomic.AtomicReference;

/** Stops a run from outside (Ctrl-C, budget): no new call is sent after {@link #stop}. Thread-safe. */
public final class RunControl {
  private final AtomicReference<String> stopReason = new AtomicReference<>();

  /** Stops sending new calls; the first reason given wins. */
  public void stop(String reason) {
    stopReason.compareAndSet(null, reason);
  }

  public boolean stopped() {
    return stopReason.get() != null;
  }

  /** Why the run was stopped, or null. */
  public String reason() {
    return stopReason.get();
  }
}
