package ai.trainloop.events;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.Dialect;
import ai.trainloop.chat.ToolHistory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns one line of an events file into a {@link RecordedCall}. {@code input} must be a non-empty
 * list of messages in the format of the recorded {@code url} (OpenAI's chat format, or Anthropic's
 * Messages with the system prompt in {@code modelParams.system}), whose tool results answer earlier
 * calls; {@code modelParams} is read strictly too, since it is replayed; {@code tag}, part of the
 * id, is a string when present. The other fields are read leniently (a missing or odd value becomes
 * "", empty or null). One parser (and its one {@link ObjectMapper}) serves every line of a read.
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
    Dialect dialect = Dialect.ofUrl(root.path("url").isTextual() ? root.get("url").asText() : null);
    JsonNode params = root.get("modelParams");
    List<ChatMessage> input = input(root.get("input"), params, dialect);
    RecordedReplies.Reply reply = RecordedReplies.read(output(root.get("output")), dialect);
    return new RecordedCall(
        SampleIds.of(tag, input),
        tag,
        input,
        reply.text(),
        root.path("model").isTextual() ? root.get("model").asText() : "",
        modelParams(params),
        ParamsReader.read(params, dialect),
        root.path("durationMs").canConvertToLong() ? root.get("durationMs").asLong() : null,
        source,
        reply.toolCalls(),
        finishReason(root.get("output")));
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

  private static List<ChatMessage> input(JsonNode input, JsonNode params, Dialect dialect)
      throws MalformedLineException {
    if (input == null || input.isNull()) {
      throw new MalformedLineException("missing \"input\"");
    }
    if (!input.isArray()) {
      throw new MalformedLineException("\"input\" is not a list of messages");
    }
    if (input.isEmpty()) {
      throw new MalformedLineException("\"input\" has no messages");
    }
    List<ChatMessage> messages = new ArrayList<>(input.size() + 1);
    ChatMessage system =
        params != null && params.isObject()
            ? AnthropicInputReader.system(params.get("system"), "modelParams.system")
            : null;
    if (system != null) {
      messages.add(system);
    }
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
      if (dialect == Dialect.ANTHROPIC) {
        messages.addAll(AnthropicInputReader.messages(message, at, role.asText()));
      } else {
        messages.add(OpenAiInputReader.message(message, at, role.asText()));
      }
    }
    String problem = ToolHistory.problem(messages);
    if (problem != null) {
      throw new MalformedLineException(
          system == null ? problem : problem + " (after the system prompt)");
    }
    return List.copyOf(messages);
  }

  /** {@code output.finish_reason} or {@code output.stop_reason} when one is a string, else null. */
  private static String finishReason(JsonNode output) {
    if (output == null || !output.isObject()) {
      return null;
    }
    for (String field : new String[] {"finish_reason", "stop_reason", "finishReason"}) {
      if (output.path(field).isTextual()) {
        return output.get(field).asText();
      }
    }
    return null;
  }

  /** {@code {content}} as its text, a bare string as itself, anything else or nothing as "". */
  private static String output(JsonNode output) {
    if (output == null) {
      return "";
    }
    String text = content(output.isObject() ? output.get("content") : output);
    return text == null ? "" : text;
  }

  /**
   * A string as is; a list of parts as its {@code {"type":"text","text":…}} parts joined with
   * newlines, other parts ignored; missing or null as ""; anything else null.
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

  private static Map<String, Object> modelParams(JsonNode params) {
    return params == null || !params.isObject() ? Map.of() : JsonReads.plainObject(params);
  }
}
