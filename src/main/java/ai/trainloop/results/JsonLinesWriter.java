package ai.trainloop.results;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * What the run's JSON Lines writers share ({@link ResultsJsonlWriter}, {@link SamplesJsonlWriter}):
 * one value a line over a {@link JsonLinesOutput}, each line flushed to the operating system as
 * soon as it is written (so when the process is killed every finished line is on disk), callable
 * from every worker thread.
 *
 * @param <T> what one line holds
 */
abstract class JsonLinesWriter<T> implements Closeable {
  private final JsonLinesOutput out;

  /** Appends to {@code file}, creating it (and its folder) when missing. */
  JsonLinesWriter(Path file) throws IOException {
    this.out = JsonLinesOutput.append(file);
  }

  /** Writes to {@code stream}, which this writer closes. */
  JsonLinesWriter(OutputStream stream) throws IOException {
    this.out = new JsonLinesOutput(stream);
  }

  /** Writes {@code value} as one JSON value (without the line end) to {@code g}. */
  abstract void writeValue(JsonGenerator g, T value) throws IOException;

  /** Appends {@code value} as one line and flushes it. */
  public synchronized void write(T value) throws IOException {
    writeValue(out.generator(), value);
    out.endLine();
  }

  /**
   * Appends every value of {@code values}, in order, flushing once at the end rather than once a
   * line.
   */
  public synchronized void writeAll(Iterable<? extends T> values) throws IOException {
    for (T v : values) {
      writeValue(out.generator(), v);
      out.endLineBuffered();
    }
    out.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
