package ai.trainloop.events;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.ContentPart;
import ai.trainloop.chat.ToolCall;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Stable sample ids: the same recorded prompt (tag and input messages) gets the same id in every
 * run and on every machine, so runs can be paired sample by sample.
 *
 * <p>The id is the first 16 lowercase hex characters (64 bits) of the SHA-256 of this canonical
 * encoding, where {@code str(s)} is the 4-byte big-endian length of the UTF-8 bytes of {@code s}
 * followed by those bytes:
 *
 * <pre>
 *   str(tag) || int32(number of messages) || for each message: str(role) || str(content)
 * </pre>
 *
 * followed, only when some message holds more than text (an image, audio or a file, tool calls, a
 * tool result), by {@code str("parts")} and, for each such message, {@code int32(index)} and its
 * parts and calls as {@code str(kind) || str(value)} pairs (see {@link #putExtras}). A call of text
 * messages alone thus keeps the id it had before parts were read. The length prefixes make the
 * encoding unambiguous (no separator character can collide with content). A null tag is the empty
 * tag. Changing this encoding changes every id and breaks comparison with earlier runs.
 */
public final class SampleIds {
  /** Number of hex characters in an id. */
  public static final int LENGTH = 16;

  private SampleIds() {}

  /** The id of the prompt {@code input} recorded under {@code tag}. */
  public static String of(String tag, List<ChatMessage> input) {
    MessageDigest sha = sha256();
    putString(sha, tag == null ? "" : tag);
    sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(input.size()).array());
    for (ChatMessage message : input) {
      putString(sha, message.role());
      putString(sha, message.content());
    }
    boolean marked = false;
    for (int i = 0; i < input.size(); i++) {
      ChatMessage message = input.get(i);
      if (message.textOnly()) {
        continue;
      }
      if (!marked) {
        putString(sha, "parts");
        marked = true;
      }
      sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(i).array());
      putExtras(sha, message);
    }
    return HexFormat.of().formatHex(sha.digest(), 0, LENGTH / 2);
  }

  /**
   * The 64 bits of an id as a long, to keep many ids in little memory; the inverse of {@link
   * #fromLong}.
   */
  static long toLong(String id) {
    if (id.length() != LENGTH) {
      throw new IllegalArgumentException("not a sample id: " + id);
    }
    return Long.parseUnsignedLong(id, 16);
  }

  /** The id whose 64 bits are {@code bits}. */
  static String fromLong(long bits) {
    return HexFormat.of().toHexDigits(bits);
  }

  /** Every part in order (text too, to place the others), then the tool calls and result id. */
  private static void putExtras(MessageDigest sha, ChatMessage message) {
    for (ContentPart part : message.parts()) {
      putString(sha, part.kind());
      putString(sha, value(part));
    }
    for (ToolCall call : message.toolCalls()) {
      putString(sha, "tool_call");
      putString(sha, call.id() + "\u0000" + call.name() + "\u0000" + call.argumentsJson());
    }
    if (message.toolCallId() != null) {
      putString(sha, "tool_result");
      putString(sha, message.toolCallId() + (message.toolError() ? ";error" : ""));
    }
  }

  private static String value(ContentPart part) {
    if (part instanceof ContentPart.Text t) {
      return t.text();
    }
    if (part instanceof ContentPart.Image img) {
      return img.url() != null ? img.url() : img.mediaType() + ";" + img.base64();
    }
    if (part instanceof ContentPart.Audio a) {
      return a.format() + ";" + a.base64();
    }
    ContentPart.File f = (ContentPart.File) part;
    return f.mediaType() + ";" + f.base64() + ";" + f.url() + ";" + f.fileId();
  }

  private static void putString(MessageDigest sha, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform is required to provide SHA-256.
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
