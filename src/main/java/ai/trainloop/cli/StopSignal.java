package ai.trainloop.cli;

/**
 * The signals that stop a run gracefully, each with the exit code a shell gives a process it ended
 * (128 + number), and the label messages name it by.
 */
public enum StopSignal {
  INT(ExitCodes.INTERRUPTED, "Ctrl-C"),
  TERM(ExitCodes.TERMINATED, "SIGTERM"),
  HUP(ExitCodes.HANGUP, "SIGHUP");

  private final int code;
  private final String label;

  StopSignal(int code, String label) {
    this.code = code;
    this.label = label;
  }

  int code() {
    return code;
  }

  String label() {
    return label;
  }
}
