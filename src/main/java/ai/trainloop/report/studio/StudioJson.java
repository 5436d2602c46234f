package ai.trainloop.report.studio;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;

/** The studio's JSON settings: money stays exact decimal from file to page, snake_case field names. */
final class StudioJson {
  /** Reads decimals as BigDecimal and writes them plainly (no exponent), so `*_usd` keeps every digit. */
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .build();

  private StudioJson() {}

  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static Double number(JsonNode node) {
    return node == null || !node.isNumber() ? null : node.doubleValue();
  }

  static BigDecimal decimal(JsonNode node) {
    return node == null || !node.isNumber() ? null : node.decimalValue();
  }

  /** Follows a path of field names; missing steps give null instead of throwing. */
  static JsonNode at(JsonNode node, String... path) {
    JsonNode current = node;
    for (String step : path) {
      if (current == null || !current.isObject()) {
        return null;
      }
      current = current.get(step);
    }
    return current == null || current.isNull() ? null : current;
  }
}
