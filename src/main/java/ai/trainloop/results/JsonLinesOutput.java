package ai.trainloop.results;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One JSON Lines file behind a single reusable {@link JsonGenerator}: each value is ended with a
 * newline and flushed to the operating system at once ({@link #endLine}), so a process killed
 * afterwards keeps every line already written; or buffered ({@link #endLineBuffered}) for files
 * that are only read once complete. Not thread-safe by itself; the public writers serialize access
 * to it.
 */
final class JsonLinesOutput implements Closeable {
  private final JsonGenerator generator;

  JsonLinesOutput(OutputStream out) throws IOException {
    this.generator = ReportJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
    generator.setRootValueSeparator(new SerializedString(""));
  }

  /** Opens {@code file} for appending, creating it and its folder when missing. */
  static JsonLinesOutput append(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new JsonLinesOutput(
        Files.newOutputStream(
            file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
  }

  JsonGenerator generator() {
    return generator;
  }

  /** Ends the current line and pushes it through to the file. */
  void endLine() throws IOException {
    generator.writeRaw('\n');
    generator.flush();
  }

  /**
   * Ends the current line and leaves it in the generator's buffer, which reaches the file when
   * full, on {@link #flush} or on close: for files that are only read once complete, where a system
   * call per line is waste.
   */
  void endLineBuffered() throws IOException {
    generator.writeRaw('\n');
  }

  /** Pushes buffered lines through to the file. */
  void flush() throws IOException {
    generator.flush();
  }

  @Override
  public void close() throws IOException {
    generator.close();
  }
}
