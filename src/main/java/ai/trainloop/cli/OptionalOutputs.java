package ai.trainloop.cli;

import ai.trainloop.compare.Comparison;
import ai.trainloop.render.JUnitXmlWriter;
import ai.trainloop.results.FileProblem;
import ai.trainloop.results.ReportWriter;
import ai.trainloop.results.SavedRun;
import ai.trainloop.results.StudioCompatWriter;
import ai.trainloop.results.StudioRun;
import ai.trainloop.studio.HtmlReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
   * Writes the outputs beside the run's report.json that are wanted: its --output copy, TrainLoop
   * Studio's files, JUnit and HTML. Each failure is a warning naming the file; the run's exit code
   * stays what the run decided.
   *
   * @param studio the run as TrainLoop Studio's files describe it
   * @param current the report as written, with its rows; null when no JUnit file is wanted
   * @param comparison the comparison with the baseline, or null
   * @return whether the HTML report was written
   */
  boolean writeAll(
      RunFolder folder,
      OutputPaths outputs,
      StudioRun studio,
      SavedRun current,
      Comparison comparison) {
    write("--output", outputs.output(), () -> ReportWriter.copy(folder.report(), outputs.output()));
    write(
        "TrainLoop Studio",
        folder.dir(),
        () -> new StudioCompatWriter().write(folder.dir(), studio));
    write(
        "--junit",
        outputs.junit(),
        () -> {
          Files.createDirectories(outputs.junit().getParent());
          try (Writer w = Files.newBufferedWriter(outputs.junit(), StandardCharsets.UTF_8)) {
            JUnitXmlWriter.write(current, comparison, w);
          }
        });
    return write("--html", outputs.html(), () -> HtmlReport.write(folder.dir(), outputs.html()));
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
