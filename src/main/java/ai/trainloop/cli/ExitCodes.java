package ai.trainloop.cli;

/** The exit codes trainloop promises to cron and CI. */
public final class ExitCodes {
  /** The run finished and nothing regressed. */
  public static final int OK = 0;
  /** A regression against the baseline, or a model missed a gate while --fail-on-gate is set. */
  public static final int REGRESSION = 1;
  /** Bad usage, config or input: nothing was sent. */
  public static final int USAGE = 2;
  /** A run failure: a key was rejected, every call of a model failed, or the budget was reached. */
  public static final int RUN_FAILURE = 3;
  /** Interrupted (Ctrl-C): a partial report was written. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
