package ai.trainloop.provider.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okio.BufferedSource;

/**
 * Server-sent events read off a reply body one at a time, as the WHATWG format says: {@code event:}
 * names the next event, {@code data:} lines are joined with newlines, a blank line ends an event,
 * lines starting with {@code :} are comments, other fields ({@code id}, {@code retry}) are ignored.
 * An event the body ends in without its blank line is still given (servers leave it out). No more
 * than {@code maxBytes} of the body are read. Not thread-safe: one per reply.
 */
final class SseReader {

  /** One event: its {@code event:} name (null when it had none) and its data. */
  record Event(String name, String data) {}

  /** The body passed the byte cap. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long maxBytes) {
      super("the stream passed " + maxBytes + " bytes");
    }
  }

  private final BufferedSource source;
  private final long maxBytes;
  private long read;

  SseReader(BufferedSource source, long maxBytes) {
    this.source = source;
    this.maxBytes = maxBytes;
  }

  /** The next event; null at the end of the body. */
  Event next() throws IOException {
    String name = null;
    StringBuilder data = null;
    while (true) {
      String line = line();
      if (line == null || line.isEmpty()) {
        if (data != null) {
          return new Event(name, data.toString());
        }
        if (line == null) {
          return null;
        }
        name = null; // an event without data is not dispatched
        continue;
      }
      if (line.startsWith(":")) {
        continue;
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      if (field.equals("event")) {
        name = value;
      } else if (field.equals("data")) {
        if (data == null) {
          data = new StringBuilder(value);
        } else {
          data.append('\n').append(value);
        }
      }
    }
  }

  /** The next line without its end (LF or CRLF); null at the end of the body. */
  private String line() throws IOException {
    long newline = source.indexOf((byte) '\n', 0, Math.max(0, maxBytes - read + 1));
    if (newline < 0) {
      if (source.request(maxBytes - read + 1)) {
        throw new TooLarge(maxBytes);
      }
      if (source.exhausted()) {
        return null;
      }
      long rest = source.getBuffer().size();
      read += rest;
      return strip(source.readString(rest, StandardCharsets.UTF_8));
    }
    read += newline + 1;
    String line = source.readString(newline, StandardCharsets.UTF_8);
    source.skip(1);
    return strip(line);
  }

  private static String strip(String line) {
    String s = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
