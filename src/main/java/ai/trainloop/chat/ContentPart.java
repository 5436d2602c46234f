package ai.trainloop.chat;

import java.util.Objects;

/**
 * One part of a message's content, whichever vendor's format it was recorded in: text, an image, an
 * audio clip or a file. Binary data is kept as the recorded base64 text, never decoded.
 */
public sealed interface ContentPart {

  /** Text; may be empty as recorded (adapters leave empty text out). */
  record Text(String text) implements ContentPart {
    public Text {
      text = text == null ? "" : text;
    }
  }

  /**
   * An image by URL, or inline as base64 with its media type ({@code image/png}); exactly one of
   * {@code url} and {@code base64} is set.
   *
   * @param detail OpenAI's {@code detail} hint (low, high, auto); null when not recorded
   */
  record Image(String url, String base64, String mediaType, String detail) implements ContentPart {
    public Image {
      if ((url == null) == (base64 == null)) {
        throw new IllegalArgumentException("an image has either a url or base64 data");
      }
      if (base64 != null) {
        Objects.requireNonNull(mediaType, "mediaType");
      }
    }

    public static Image ofUrl(String url) {
      return new Image(url, null, null, null);
    }

    public static Image ofBase64(String mediaType, String base64) {
      return new Image(null, base64, mediaType, null);
    }
  }

  /** An audio clip as base64, with its format ({@code wav}, {@code mp3}). */
  record Audio(String base64, String format) implements ContentPart {
    public Audio {
      Objects.requireNonNull(base64, "base64");
      Objects.requireNonNull(format, "format");
    }
  }

  /**
   * A file (a PDF, a text document): inline as base64 with its media type, by URL, or by a vendor's
   * file id; at least one of {@code base64}, {@code url} and {@code fileId} is set.
   *
   * @param filename the recorded file name, null when none
   */
  record File(String base64, String mediaType, String url, String fileId, String filename)
      implements ContentPart {
    public File {
      if (base64 == null && url == null && fileId == null) {
        throw new IllegalArgumentException("a file has base64 data, a url or a file id");
      }
    }
  }

  /** The vendor-neutral name of this kind of part, for messages ("image parts"). */
  default String kind() {
    if (this instanceof Text) {
      return "text";
    }
    if (this instanceof Image) {
      return "image";
    }
    return this instanceof Audio ? "input_audio" : "file";
  }
}
