package ai.trainloop.provider;

import ai.trainloop.chat.ToolCall;
import ai.trainloop.provider.ProviderException.Kind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the vendors' request builders share: JSON trees for bodies that carry recorded schemas and
 * fields as they are, and the sample error for what a vendor cannot take.
 */
public final class WireJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private WireJson() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Plain values (maps, lists, strings, numbers) as a JSON tree. */
  public static JsonNode tree(Object plain) {
    return MAPPER.valueToTree(plain);
  }

  /**
   * The sample error for a recorded request a vendor cannot take, sent nowhere: "{@code anthropic
   * cannot take input_audio parts}".
   */
  public static ProviderException cannot(String vendor, String what) {
    return new ProviderException(Kind.SAMPLE_ERROR, 0, vendor + " cannot take " + what);
  }

  /** A tool call's arguments as a JSON object, for vendors that take them parsed. */
  public static ObjectNode arguments(ToolCall call, String vendor) throws ProviderException {
    try {
      JsonNode args = MAPPER.readTree(call.argumentsJson());
      if (args != null && args.isObject()) {
        return (ObjectNode) args;
      }
    } catch (JsonProcessingException e) {
      // not JSON: refused below
    }
    throw cannot(
        vendor, "tool call arguments that are not a JSON object (call " + call.name() + ")");
  }

  /** A text as JSON when it is a JSON object, else null. */
  public static ObjectNode objectOrNull(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      return node != null && node.isObject() ? (ObjectNode) node : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
