package ai.trainloop.events;

import ai.trainloop.chat.ChatMessage;
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
 * The length prefixes make the encoding unambiguous (no separator character can collide with
 * content). A null tag is the empty tag. Changing this encoding changes every id and breaks
 * comparison with earlier runs.
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
