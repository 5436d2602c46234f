package ai.trainloop.report;

import ai.trainloop.eval.Message;
import ai.trainloop.events.RecordedCall;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a run's {@code samples.jsonl}: one line per benchmarked sample with {@code sample_id}, {@code tag},
 * {@code input} (a list of {@code {role, content}}), {@code recorded_output} and {@code recorded_model}.
 * Thread-safe; each line of {@link #write} is flushed as it is written, {@link #writeAll} flushes once at its end.
 */
public final class SamplesJsonlWriter implements Closeable {
  /** The file name inside a run folder. */
  public static final String FILE_NAME = "samples.jsonl";

  private final JsonLinesOutput out;

  /** Appends to {@code file}, creating it (and its folder) when missing. */
  public SamplesJsonlWriter(Path file) throws IOException {
    this.out = JsonLinesOutput.append(file);
  }

  /** Writes to {@code stream}, which this writer closes. */
  public SamplesJsonlWriter(OutputStream stream) throws IOException {
    this.out = new JsonLinesOutput(stream);
  }

  /** Appends one sample and flushes it. */
  public synchronized void write(RecordedCall sample) throws IOException {
    writeLine(sample);
    out.endLine();
  }

  /** Appends every sample of {@code samples}, in order, flushing once at the end rather than once a line. */
  public synchronized void writeAll(Iterable<RecordedCall> samples) throws IOException {
    for (RecordedCall s : samples) {
      writeLine(s);
      out.endLineBuffered();
    }
    out.flush();
  }

  private void writeLine(RecordedCall sample) throws IOException {
    JsonGenerator g = out.generator();
    g.writeStartObject();
    g.writeStringField("sample_id", sample.id());
    g.writeStringField("tag", sample.tag());
    g.writeArrayFieldStart("input");
    for (Message m : sample.input()) {
      g.writeStartObject();
      g.writeStringField("role", m.role());
      g.writeStringField("content", m.content());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("recorded_output", sample.output());
    g.writeStringField("recorded_model", sample.model());
    g.writeEndObject();
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
