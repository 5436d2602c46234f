package ai.trainloop.provider.anthropic;

import ai.trainloop.provider.http.StreamAssembler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A streamed Messages reply built back into the message the same call answers unstreamed: the
 * message of {@code message_start}, its content blocks from {@code content_block_start} and their
 * deltas ({@code text_delta} joined into a text block, {@code input_json_delta} joined and parsed
 * into a {@code tool_use} block's {@code input}, thinking and its signature kept), {@code
 * stop_reason} and the usage of {@code message_delta} merged over those of {@code message_start}.
 * It ends with {@code message_stop}; {@code ping} and unknown events are skipped; an {@code error}
 * event is the call's error, with the status the same error has unstreamed.
 */
final class AnthropicStream implements StreamAssembler {

  private static final Map<String, Integer> STATUSES =
      Map.of(
          "invalid_request_error", 400,
          "authentication_error", 401,
          "permission_error", 403,
          "not_found_error", 404,
          "request_too_large", 413,
          "rate_limit_error", 429,
          "api_error", 500,
          "overloaded_error", 529);

  private final ObjectMapper mapper;
  private ObjectNode message;
  private final Map<Integer, ObjectNode> blocks = new TreeMap<>();
  private final Map<Integer, StringBuilder> inputs = new TreeMap<>();

  AnthropicStream(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public Seen take(String event, String data) throws IOException, StreamError {
    JsonNode e = mapper.readTree(data);
    if (e == null || !e.isObject()) {
      throw new IOException("an event that is not a JSON object");
    }
    String type = e.path("type").asText(event == null ? "" : event);
    switch (type) {
      case "message_start" -> {
        if (!e.path("message").isObject()) {
          throw new IOException("message_start without a message");
        }
        message = (ObjectNode) e.get("message").deepCopy();
      }
      case "content_block_start" -> {
        JsonNode block = e.path("content_block");
        ObjectNode b =
            block.isObject() ? ((ObjectNode) block).deepCopy() : mapper.createObjectNode();
        blocks.put(e.path("index").asInt(blocks.size()), b);
      }
      case "content_block_delta" -> {
        return delta(e.path("index").asInt(), e.path("delta"));
      }
      case "content_block_stop" -> stop(e.path("index").asInt());
      case "message_delta" -> messageDelta(e);
      case "message_stop" -> {
        if (message == null) {
          throw new IOException("message_stop before message_start");
        }
        return Seen.END;
      }
      case "error" -> {
        String errorType = e.path("error").path("type").asText("").toLowerCase(Locale.ROOT);
        throw new StreamError(STATUSES.getOrDefault(errorType, 500), data);
      }
      default -> {
        // ping, and event types added later
      }
    }
    return Seen.OTHER;
  }

  private Seen delta(int index, JsonNode delta) {
    ObjectNode block = blocks.computeIfAbsent(index, i -> mapper.createObjectNode());
    String part;
    switch (delta.path("type").asText()) {
      case "text_delta" -> {
        part = delta.path("text").asText("");
        block.put("text", block.path("text").asText("") + part);
        return part.isEmpty() ? Seen.OTHER : Seen.CONTENT;
      }
      case "input_json_delta" -> {
        part = delta.path("partial_json").asText("");
        inputs.computeIfAbsent(index, i -> new StringBuilder()).append(part);
        return part.isEmpty() ? Seen.OTHER : Seen.CONTENT;
      }
      case "thinking_delta" ->
          block.put(
              "thinking", block.path("thinking").asText("") + delta.path("thinking").asText(""));
      case "signature_delta" -> block.set("signature", delta.path("signature"));
      default -> {
        // citations and delta types added later
      }
    }
    return Seen.OTHER;
  }

  /** A tool_use block's input is whole once its block stops: parsed from the joined parts. */
  private void stop(int index) throws IOException {
    StringBuilder input = inputs.remove(index);
    ObjectNode block = blocks.get(index);
    if (input != null && block != null) {
      String json = input.toString().strip();
      block.set("input", json.isEmpty() ? mapper.createObjectNode() : mapper.readTree(json));
    }
  }

  private void messageDelta(JsonNode e) throws IOException {
    if (message == null) {
      throw new IOException("message_delta before message_start");
    }
    JsonNode delta = e.path("delta");
    for (String f : new String[] {"stop_reason", "stop_sequence"}) {
      if (delta.has(f)) {
        message.set(f, delta.get(f));
      }
    }
    if (e.path("usage").isObject()) {
      ObjectNode usage =
          message.path("usage").isObject()
              ? (ObjectNode) message.get("usage")
              : message.putObject("usage");
      e.get("usage")
          .fields()
          .forEachRemaining(
              f -> {
                if (!f.getValue().isNull()) {
                  usage.set(f.getKey(), f.getValue());
                }
              });
    }
  }

  @Override
  public JsonNode reply() {
    ObjectNode reply = message.deepCopy();
    ArrayNode content = reply.putArray("content");
    blocks.values().forEach(content::add);
    return reply;
  }
}
