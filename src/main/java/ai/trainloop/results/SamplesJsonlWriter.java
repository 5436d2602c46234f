package ai.trainloop.results;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.events.RecordedCall;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a run's {@code samples.jsonl}: one line per benchmarked sample with {@code sample_id},
 * {@code tag}, {@code input} (a list of {@code {role, content}}), {@code recorded_output} and
 * {@code recorded_model}. Thread-safe; each line of {@link #write} is flushed as it is written,
 * {@link #writeAll} flushes once at its end.
 */
public final class SamplesJsonlWriter extends JsonLinesWriter<RecordedCall> {
  /** The file name inside a run folder. */
  public static final String FILE_NAME = "samples.jsonl";

  /** Appends to {@code file}, creating it (and its folder) when missing. */
  public SamplesJsonlWriter(Path file) throws IOException {
    super(file);
  }

  /** Writes to {@code stream}, which this writer closes. */
  public SamplesJsonlWriter(OutputStream stream) throws IOException {
    super(stream);
  }

  @Override
  void writeValue(JsonGenerator g, RecordedCall sample) throws IOException {
    g.writeStartObject();
    g.writeStringField("sample_id", sample.id());
    g.writeStringField("tag", sample.tag());
    g.writeArrayFieldStart("input");
    for (ChatMessage m : sample.input()) {
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
}
