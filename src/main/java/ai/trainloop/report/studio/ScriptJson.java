package ai.trainloop.report.studio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON that can sit inside an HTML {@code <script>} element: every {@code <}, {@code >} and {@code &}, and the line
 * separators U+2028 / U+2029, are written as {@code \}{@code uXXXX} escapes, so a reply containing
 * {@code </script>} or {@code <!--} cannot end the element or change how the page is parsed. The result is still
 * valid JSON that parses to the same value.
 */
final class ScriptJson {
  private ScriptJson() {}

  static String of(JsonNode value) {
    String json;
    try {
      json = StudioJson.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write report data as JSON", e);
    }
    return escape(json);
  }

  /** Escapes the five characters in JSON text; they can only occur inside JSON strings, where escapes are valid. */
  static String escape(String json) {
    StringBuilder out = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
