package ai.trainloop.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Appends one JSON line per {@link ResultRow} to a run's {@code results.jsonl}: the fields of report.json's
 * {@code results[]} plus {@code response}, in the order of SCHEMA.md.
 *
 * <p>Thread-safe: call {@link #write} from every worker thread. Each line is flushed to the operating system as
 * soon as it is written, so when the process is killed every finished call is on disk. One generator is reused for
 * every line (field names are pre-encoded), so a line costs no allocation beyond the row itself.
 */
public final class ResultsJsonlWriter implements Closeable {
  /** The file name inside a run folder. */
  public static final String FILE_NAME = "results.jsonl";

  private final JsonLinesOutput out;

  /** Appends to {@code file}, creating it (and its folder) when missing. */
  public ResultsJsonlWriter(Path file) throws IOException {
    this.out = JsonLinesOutput.append(file);
  }

  /** Writes to {@code stream}, which this writer closes. */
  public ResultsJsonlWriter(OutputStream stream) throws IOException {
    this.out = new JsonLinesOutput(stream);
  }

  /** Appends {@code row} as one line and flushes it. */
  public synchronized void write(ResultRow row) throws IOException {
    ResultRowJson.write(out.generator(), row, true);
    out.endLine();
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
