package ai.trainloop.cli;

/** The exit codes trainloop promises to cron and CI. */
public final class ExitCodes {
  /** The run finished and nothing regressed. */
  public static final int OK = 0;

  /** A regression against the baseline, or a model missed a gate while --fail-on-gate is set. */
  public static final int REGRESSION = 1;

  /** Bad usage, config or input: nothing was sent. */
  public static final int USAGE = 2;

  /**
   * A run failure: a key was rejected, every call of a model failed, the budget was reached, or a
   * metric exited.
   */
  public static final int RUN_FAILURE = 3;

  /** Interrupted (Ctrl-C): a partial report was written. */
  public static final int INTERRUPTED = 130;

  /** Stopped by SIGTERM (timeout, CI cancellation, systemd): a partial report was written. */
  public static final int TERMINATED = 143;

  /** Stopped by SIGHUP (the terminal closed): a partial report was written. */
  public static final int HANGUP = 129;

  private ExitCodes() {}

  /** For --help: code to meaning, in order. */
  static java.util.Map<String, String> help() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("0", "ran; nothing regressed");
    m.put("1", "regression against the baseline, or a missed gate with --fail-on-gate");
    m.put("2", "usage, config or input error (nothing was sent)");
    m.put(
        "3",
        "run failure: a key was rejected, every call of a model failed, the budget was reached, "
            + "or a metric tried to exit the process");
    m.put("129", "stopped by SIGHUP (a partial report was written)");
    m.put("130", "interrupted by Ctrl-C (a partial report was written)");
    m.put("143", "stopped by SIGTERM (a partial report was written)");
    return m;
  }
}
