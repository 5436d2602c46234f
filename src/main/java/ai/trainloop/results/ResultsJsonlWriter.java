package ai.trainloop.results;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Appends one JSON line per {@link ResultRow} to a run's {@code results.jsonl}: the fields of
 * report.json's {@code results[]} plus {@code response}, in the order of SCHEMA.md.
 *
 * <p>Thread-safe: call {@link #write} from every worker thread. Each line is flushed to the
 * operating system as soon as it is written, so when the process is killed every finished call is
 * on disk. One generator is reused for every line (field names are pre-encoded), so a line costs no
 * allocation beyond the row itself.
 */
public final class ResultsJsonlWriter extends JsonLinesWriter<ResultRow> {
  /** The file name inside a run folder. */
  public static final String FILE_NAME = "results.jsonl";

  /** Appends to {@code file}, creating it (and its folder) when missing. */
  public ResultsJsonlWriter(Path file) throws IOException {
    super(file);
  }

  /** Writes to {@code stream}, which this writer closes. */
  public ResultsJsonlWriter(OutputStream stream) throws IOException {
    super(stream);
  }

  @Override
  void writeValue(JsonGenerator g, ResultRow row) throws IOException {
    ResultRowJson.write(g, row, true);
  }
}
