package ai.trainloop.report;

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
 * One JSON Lines file behind a single reusable {@link JsonGenerator}: each value is ended with a newline and
 * flushed to the operating system at once, so a process killed afterwards keeps every line already written.
 * Not thread-safe by itself; the public writers serialize access to it.
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
    return new JsonLinesOutput(Files.newOutputStream(
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

  @Override
  public void close() throws IOException {
    generator.close();
  }
}
