package ai.trainloop.results;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each sample's line is in {@code samples.jsonl}, so that a sample can be read back by id
 * without holding every prompt in memory: the index keeps only ids, offsets and per-tag counts.
 * Malformed lines are skipped.
 */
final class SampleIndex implements Closeable {
  private final FileChannel channel;
  private final Map<String, long[]> positions = new HashMap<>();
  private final Map<String, Long> perTag = new HashMap<>();

  private SampleIndex(FileChannel channel) {
    this.channel = channel;
  }

  /** Indexes {@code file}; a missing file gives an empty index. */
  static SampleIndex open(Path file) throws IOException {
    if (file == null || !Files.exists(file)) {
      return new SampleIndex(null);
    }
    SampleIndex index = new SampleIndex(FileChannel.open(file, StandardOpenOption.READ));
    try (InputStream in = Files.newInputStream(file)) {
      index.scan(in);
    }
    return index;
  }

  private void scan(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long offset = 0;
    long lineStart = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          line.write(buf, from, i - from);
          add(line.toByteArray(), lineStart);
          line.reset();
          from = i + 1;
          lineStart = offset + i + 1;
        }
      }
      line.write(buf, from, n - from);
      offset += n;
    }
    if (line.size() > 0) {
      add(line.toByteArray(), lineStart);
    }
  }

  private void add(byte[] line, long offset) {
    JsonNode node;
    try {
      node = ReportJson.MAPPER.readTree(line);
    } catch (IOException e) {
      return; // a torn or foreign line: that sample's prompt will be unknown, nothing else is lost
    }
    if (node == null
        || !node.hasNonNull("sample_id")
        || positions.containsKey(node.get("sample_id").asText())) {
      return;
    }
    positions.put(node.get("sample_id").asText(), new long[] {offset, line.length});
    perTag.merge(node.path("tag").asText(""), 1L, Long::sum);
  }

  /** Samples indexed. */
  long size() {
    return positions.size();
  }

  /** Samples whose tag is one of {@code tags}. */
  long countWithTags(Collection<String> tags) {
    return tags.stream().mapToLong(t -> perTag.getOrDefault(t, 0L)).sum();
  }

  /**
   * The sample's {@code input} exactly as written in its line (a JSON array), to be copied into
   * another JSON file without building and re-writing a tree; null when the sample is not in the
   * file or its line has no input.
   */
  String inputJson(String sampleId) throws IOException {
    long[] at = positions.get(sampleId);
    if (at == null) {
      return null;
    }
    byte[] line = new byte[(int) at[1]];
    ByteBuffer buf = ByteBuffer.wrap(line);
    long pos = at[0];
    while (buf.hasRemaining()) {
      int read = channel.read(buf, pos + buf.position());
      if (read < 0) {
        throw new IOException("samples.jsonl shrank while it was being read");
      }
    }
    try (JsonParser p = ReportJson.MAPPER.getFactory().createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String input = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("input")) {
          int start = (int) p.currentTokenLocation().getByteOffset();
          p.skipChildren();
          int end = (int) p.currentLocation().getByteOffset();
          input = new String(line, start, end - start, StandardCharsets.UTF_8);
        } else {
          p.skipChildren();
        }
      }
      return input;
    }
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
  }
}
