package ai.trainloop.events;

import ai.trainloop.chat.ChatMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one line of an events file into a {@link RecordedCall}. {@code input} must be a non-empty
 * list of {@code {role, content}} and {@code tag}, part of the id, a string when present; every
 * other field is optional and read leniently (a missing or odd value becomes "", empty or null),
 * because only the prompt is needed to benchmark. One parser (and its one {@link ObjectMapper})
 * serves every line of a read.
 */
final class EventLineParser {
  private final ObjectMapper mapper =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** Why a line cannot be read; the message is the reason shown after {@code file:line:}. */
  static final class MalformedLineException extends Exception {
    MalformedLineException(String reason) {
      super(reason, null, false, false);
    }
  }

  RecordedCall parse(String line, String source) throws MalformedLineException {
    JsonNode root;
    try {
      root = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      throw new MalformedLineException(invalidJson(e));
    }
    if (root == null || !root.isObject()) {
      throw new MalformedLineException("not a JSON object");
    }
    String tag = optionalText(root, "tag");
    List<ChatMessage> input = input(root.get("input"));
    return new RecordedCall(
        SampleIds.of(tag, input),
        tag,
        input,
        output(root.get("output")),
        root.path("model").isTextual() ? root.get("model").asText() : "",
        modelParams(root.get("modelParams")),
        root.path("durationMs").canConvertToLong() ? root.get("durationMs").asLong() : null,
        source);
  }

  /** Jackson's reason without its "[Source: …; " noise, with the column where reading stopped. */
  private static String invalidJson(JsonProcessingException e) {
    String reason = String.valueOf(e.getOriginalMessage()).replaceAll("\\[Source: [^;\\]]*; ", "[");
    return e.getLocation() == null
        ? "invalid JSON: " + reason
        : "invalid JSON at column " + e.getLocation().getColumnNr() + ": " + reason;
  }

  private static String optionalText(JsonNode root, String field) throws MalformedLineException {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return "";
    }
    if (!node.isTextual()) {
      throw new MalformedLineException("\"" + field + "\" is not a string");
    }
    return node.asText();
  }

  private static List<ChatMessage> input(JsonNode input) throws MalformedLineException {
    if (input == null || input.isNull()) {
      throw new MalformedLineException("missing \"input\"");
    }
    if (!input.isArray()) {
      throw new MalformedLineException("\"input\" is not a list of messages");
    }
    if (input.isEmpty()) {
      throw new MalformedLineException("\"input\" has no messages");
    }
    List<ChatMessage> messages = new ArrayList<>(input.size());
    for (int i = 0; i < input.size(); i++) {
      JsonNode message = input.get(i);
      String at = "input[" + i + "]";
      if (!message.isObject()) {
        throw new MalformedLineException(at + " is not an object");
      }
      JsonNode role = message.get("role");
      if (role == null || !role.isTextual() || role.asText().isBlank()) {
        throw new MalformedLineException(at + ".role is missing or not a string");
      }
      String content = content(message.get("content"));
      if (content == null) {
        throw new MalformedLineException(at + ".content is neither a string nor a list of parts");
      }
      messages.add(new ChatMessage(role.asText(), content));
    }
    return List.copyOf(messages);
  }

  /**
   * A string as is; a list of parts as its {@code {"type":"text","text":…}} parts joined with
   * newlines, other parts (images, audio) ignored; missing or null as ""; anything else null.
   */
  private static String content(JsonNode content) {
    if (content == null || content.isNull()) {
      return "";
    }
    if (content.isTextual()) {
      return content.asText();
    }
    if (!content.isArray()) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode part : content) {
      if (part.isObject()
          && "text".equals(part.path("type").asText())
          && part.path("text").isTextual()) {
        texts.add(part.get("text").asText());
      }
    }
    return String.join("\n", texts);
  }

  /** {@code {content}} as its text, a bare string as itself, anything else or nothing as "". */
  private static String output(JsonNode output) {
    if (output == null) {
      return "";
    }
    String text = content(output.isObject() ? output.get("content") : output);
    return text == null ? "" : text;
  }

  private static Map<String, Object> modelParams(JsonNode params) {
    if (params == null || !params.isObject()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) plain(params);
    return map;
  }

  /**
   * A JSON tree as plain Java values (maps, lists, strings, numbers, booleans, null), without a
   * re-parse.
   */
  private static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
      return Collections.unmodifiableMap(map);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(element -> list.add(plain(element)));
      return Collections.unmodifiableList(list);
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isNull() ? null : node.asText();
  }
}
