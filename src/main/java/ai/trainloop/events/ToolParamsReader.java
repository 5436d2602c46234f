package ai.trainloop.events;

import static ai.trainloop.events.JsonReads.absent;
import static ai.trainloop.events.JsonReads.bad;
import static ai.trainloop.events.JsonReads.expected;
import static ai.trainloop.events.JsonReads.object;
import static ai.trainloop.events.JsonReads.optionalText;
import static ai.trainloop.events.JsonReads.text;

import ai.trainloop.chat.ResponseFormat;
import ai.trainloop.chat.ToolChoice;
import ai.trainloop.chat.ToolSpec;
import ai.trainloop.events.EventLineParser.MalformedLineException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code tools}, {@code tool_choice} and {@code response_format} of a recorded call, in OpenAI's
 * shapes or Anthropic's, whichever the value has.
 */
final class ToolParamsReader {
  private static final String AT = "modelParams.";

  private ToolParamsReader() {}

  /** A tool choice, and whether it also forbids parallel calls (Anthropic's form can). */
  record Choice(ToolChoice choice, boolean noParallel) {}

  /**
   * OpenAI's {@code {type: function, function: {name, description, parameters, strict}}} or
   * Anthropic's {@code {name, description, input_schema}}; other tools (a vendor's server tools)
   * cannot be replayed.
   */
  static List<ToolSpec> tools(JsonNode tools) throws MalformedLineException {
    if (absent(tools)) {
      return List.of();
    }
    if (!tools.isArray()) {
      throw bad(AT + "tools", expected("a list", tools));
    }
    List<ToolSpec> out = new ArrayList<>();
    for (int i = 0; i < tools.size(); i++) {
      String at = AT + "tools[" + i + "]";
      JsonNode tool = object(tools.get(i), at);
      String type = optionalText(tool.get("type"), at + ".type");
      if (tool.has("function")) {
        JsonNode f = object(tool.get("function"), at + ".function");
        out.add(spec(f, at + ".function", "parameters"));
      } else if (type == null || type.equals("custom")) {
        out.add(spec(tool, at, "input_schema"));
      } else {
        throw bad(at + ".type", "only function tools can be replayed, not '" + type + "'");
      }
    }
    return out;
  }

  private static ToolSpec spec(JsonNode f, String at, String schemaKey)
      throws MalformedLineException {
    JsonNode schema = f.get(schemaKey);
    Map<String, Object> parameters =
        absent(schema) ? Map.of() : JsonReads.plainObject(object(schema, at + "." + schemaKey));
    JsonNode strict = f.get("strict");
    return new ToolSpec(
        text(f.get("name"), at + ".name"),
        optionalText(f.get("description"), at + ".description"),
        parameters,
        strict != null && strict.isBoolean() ? strict.booleanValue() : null);
  }

  /**
   * OpenAI's {@code "auto" | "none" | "required" | {type: function, function: {name}}} or
   * Anthropic's {@code {type: auto | any | none | tool, name, disable_parallel_tool_use}}.
   */
  static Choice toolChoice(JsonNode c) throws MalformedLineException {
    String at = AT + "tool_choice";
    if (absent(c)) {
      return null;
    }
    if (c.isTextual()) {
      return new Choice(mode(c.asText(), null, at), false);
    }
    object(c, at);
    String type = text(c.get("type"), at + ".type");
    boolean noParallel = c.path("disable_parallel_tool_use").asBoolean(false);
    if (type.equals("function")) {
      JsonNode f = object(c.get("function"), at + ".function");
      return new Choice(
          new ToolChoice(ToolChoice.Mode.TOOL, text(f.get("name"), at + ".function.name")),
          noParallel);
    }
    String name = type.equals("tool") ? text(c.get("name"), at + ".name") : null;
    return new Choice(mode(type, name, at), noParallel);
  }

  private static ToolChoice mode(String value, String name, String at)
      throws MalformedLineException {
    return switch (value) {
      case "auto" -> new ToolChoice(ToolChoice.Mode.AUTO, null);
      case "none" -> new ToolChoice(ToolChoice.Mode.NONE, null);
      case "required", "any" -> new ToolChoice(ToolChoice.Mode.REQUIRED, null);
      case "tool" -> new ToolChoice(ToolChoice.Mode.TOOL, name);
      default -> throw bad(at, "unknown tool choice '" + value + "'");
    };
  }

  /** {@code {type: text | json_object | json_schema, json_schema: {name, schema, strict}}}. */
  static ResponseFormat responseFormat(JsonNode f) throws MalformedLineException {
    String at = AT + "response_format";
    if (absent(f)) {
      return null;
    }
    String type = text(object(f, at).get("type"), at + ".type");
    switch (type) {
      case "text":
        return new ResponseFormat(ResponseFormat.Type.TEXT, null, null, null);
      case "json_object":
        return new ResponseFormat(ResponseFormat.Type.JSON_OBJECT, null, null, null);
      case "json_schema":
        JsonNode s = object(f.get("json_schema"), at + ".json_schema");
        JsonNode schema = s.get("schema");
        JsonNode strict = s.get("strict");
        return new ResponseFormat(
            ResponseFormat.Type.JSON_SCHEMA,
            text(s.get("name"), at + ".json_schema.name"),
            absent(schema)
                ? Map.of()
                : JsonReads.plainObject(object(schema, at + ".json_schema.schema")),
            strict != null && strict.isBoolean() ? strict.booleanValue() : null);
      default:
        throw bad(at + ".type", "unknown response format '" + type + "'");
    }
  }
}
