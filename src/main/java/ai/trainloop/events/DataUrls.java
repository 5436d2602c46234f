package ai.trainloop.events;

import ai.trainloop.events.EventLineParser.MalformedLineException;
import java.util.Locale;

/**
 * {@code data:<media type>;base64,<data>} URLs, as OpenAI's format carries inline images and files.
 */
final class DataUrls {
  private DataUrls() {}

  /** The media type and the base64 data of a data URL. */
  record Inline(String mediaType, String base64) {}

  static boolean isDataUrl(String url) {
    return url.regionMatches(true, 0, "data:", 0, 5);
  }

  /** Reads a data URL; one that is not base64 or has no media type is a problem at {@code path}. */
  static Inline parse(String url, String path) throws MalformedLineException {
    int comma = url.indexOf(',');
    String header = comma < 0 ? "" : url.substring(5, comma);
    if (comma < 0 || !header.toLowerCase(Locale.ROOT).endsWith(";base64")) {
      throw JsonReads.bad(path, "a data URL must be data:<media type>;base64,<data>");
    }
    String mediaType = header.substring(0, header.length() - ";base64".length()).trim();
    if (mediaType.isEmpty() || !mediaType.contains("/")) {
      throw JsonReads.bad(path, "the data URL names no media type");
    }
    return new Inline(mediaType.toLowerCase(Locale.ROOT), url.substring(comma + 1));
  }

  /** The media type a file name suggests, for inline files recorded without one; else null. */
  static String mediaTypeOf(String filename) {
    if (filename == null) {
      return null;
    }
    String name = filename.toLowerCase(Locale.ROOT);
    if (name.endsWith(".pdf")) {
      return "application/pdf";
    }
    return name.endsWith(".txt") ? "text/plain" : null;
  }
}
