package ai.trainloop.cli;

import ai.trainloop.results.FileProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Writes the outputs a run can do without (--output's copy, TrainLoop Studio's files, JUnit, HTML):
 * a failure is one warning on stderr naming the file, and the run goes on to its tables and its own
 * exit code.
 */
final class OptionalOutputs {
  /** A write that may fail. */
  interface Write {
    void run() throws IOException;
  }

  private final PrintWriter err;

  OptionalOutputs(PrintWriter err) {
    this.err = err;
  }

  /**
   * Runs {@code write} when {@code target} is set.
   *
   * @param what the flag or output named in the warning
   * @param target the file (or folder) written; null when the output is not wanted
   * @return true when it was written
   */
  boolean write(String what, Path target, Write write) {
    if (target == null) {
      return false;
    }
    try {
      write.run();
      return true;
    } catch (IOException | RuntimeException e) {
      warn(what, problem(target, e));
    }
    return false;
  }

  /**
   * The file and why: an IOException that names a file in {@code target} already (TrainLoop
   * Studio's files) is shown as it is; otherwise {@code target} with the innermost IOException's
   * reason (writers wrap them).
   */
  static String problem(Path target, Exception e) {
    IOException outer = null;
    IOException inner = null;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IOException io) {
        outer = outer == null ? io : outer;
        inner = io;
      }
    }
    if (outer == null) {
      return target + ": " + e;
    }
    String message = outer.getMessage();
    return message != null && message.startsWith(target.toString())
        ? message
        : target + ": " + FileProblem.reason(inner);
  }

  private void warn(String what, String problem) {
    err.println(
        "warning: "
            + what
            + ": could not write "
            + problem
            + " (the run's report.json is written)");
    err.flush();
  }
}
