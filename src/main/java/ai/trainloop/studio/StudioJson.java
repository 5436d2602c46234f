package ai.trainloop.studio;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The studio's JSON settings: money stays exact decimal from file to page, snake_case field names.
 */
final class StudioJson {
  /**
   * Reads decimals as BigDecimal and writes them plainly (no exponent), so `*_usd` keeps every
   * digit.
   */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .build();

  private StudioJson() {}

  /**
   * JSON that can sit inside an HTML {@code <script>} element: every {@code <}, {@code >} and
   * {@code &}, and the line separators U+2028 / U+2029, are written as six-character unicode
   * escapes, so a reply containing {@code </script>} or {@code <!--} cannot end the element or
   * change how the page is parsed. The result is still valid JSON that parses to the same value.
   */
  static String forScript(JsonNode value) {
    String json;
    try {
      json = MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write report data as JSON", e);
    }
    return escapeForScript(json);
  }

  /**
   * Escapes the five characters in JSON text; they can only occur inside JSON strings, where
   * escapes are valid.
   */
  static String escapeForScript(String json) {
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
