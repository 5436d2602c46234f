package ai.trainloop.results;

import ai.trainloop.chat.ToolCall;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A result's {@code tool_calls}: {@code [{id, name, arguments}]}, {@code arguments} the JSON object
 * the model wrote; arguments that are not a JSON object are kept as the string the model wrote,
 * with {@code "arguments_error": "not a JSON object"} beside them.
 */
final class ToolCallsJson {
  static final String NOT_AN_OBJECT = "not a JSON object";

  private static final ObjectReader STRICT =
      ReportJson.MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ToolCallsJson() {}

  static void write(JsonGenerator g, List<ToolCall> calls) throws IOException {
    g.writeStartArray();
    for (ToolCall call : calls) {
      g.writeStartObject();
      g.writeStringField("id", call.id());
      g.writeStringField("name", call.name());
      g.writeFieldName("arguments");
      JsonNode args = object(call.argumentsJson());
      if (args != null) {
        g.writeTree(args);
      } else {
        g.writeString(call.argumentsJson());
        g.writeStringField("arguments_error", NOT_AN_OBJECT);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Reads {@code tool_calls} back; empty when absent.
   *
   * @throws IllegalArgumentException naming the key when it is not a list of calls with a name
   */
  static List<ToolCall> read(JsonNode row, String path) {
    JsonNode array = row.get("tool_calls");
    if (array == null || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw JsonFields.bad(path, "tool_calls", "expected a list of {id, name, arguments}");
    }
    List<ToolCall> calls = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode call = array.get(i);
      if (!call.isObject() || !call.path("name").isTextual()) {
        throw JsonFields.bad(path, "tool_calls[" + i + "]", "expected {id, name, arguments}");
      }
      JsonNode args = call.get("arguments");
      String json;
      if (args == null || args.isNull()) {
        json = "{}";
      } else if (args.isTextual()) {
        json = args.asText(); // kept as the model wrote it
      } else {
        json = args.toString();
      }
      calls.add(new ToolCall(call.path("id").asText(""), call.get("name").asText(), json));
    }
    return List.copyOf(calls);
  }

  /** The JSON object {@code text} holds, or null when it holds none. */
  private static JsonNode object(String text) {
    try {
      JsonNode node = STRICT.readTree(text);
      return node != null && node.isObject() ? node : null;
    } catch (JacksonException e) {
      return null;
    }
  }
}
