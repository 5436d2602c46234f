package ai.trainloop.provider.openai;

import ai.trainloop.provider.http.StreamAssembler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A streamed Chat Completion ({@code chat.completion.chunk} events, then {@code [DONE]}) built back
 * into the {@code chat.completion} the same call answers unstreamed: {@code choices[0].message}
 * with the content deltas joined and the tool calls' deltas gathered by {@code index} (the first
 * {@code id}, {@code type} and {@code function.name}, the {@code function.arguments} strings
 * joined), the last {@code finish_reason}, and the {@code usage} of the final chunk ({@code
 * stream_options.include_usage}); none when the server sent none. A chunk with an {@code error} is
 * the call's error.
 */
final class OpenAiStream implements StreamAssembler {

  private final ObjectMapper mapper;
  private final ObjectNode head;
  private final StringBuilder content = new StringBuilder();
  private final StringBuilder refusal = new StringBuilder();
  private final Map<Integer, ObjectNode> toolCalls = new TreeMap<>();
  private final Map<Integer, StringBuilder> arguments = new TreeMap<>();
  private boolean sawContent;
  private boolean sawRefusal;
  private JsonNode finishReason;
  private JsonNode usage;

  OpenAiStream(ObjectMapper mapper) {
    this.mapper = mapper;
    this.head = mapper.createObjectNode();
  }

  @Override
  public Seen take(String event, String data) throws IOException, StreamError {
    if (data.strip().equals("[DONE]")) {
      return Seen.END;
    }
    JsonNode chunk = mapper.readTree(data);
    if (chunk == null || !chunk.isObject()) {
      throw new IOException("a chunk that is not a JSON object");
    }
    if (chunk.hasNonNull("error")) {
      JsonNode code = chunk.path("error").path("code");
      throw new StreamError(code.isInt() && code.asInt() >= 400 ? code.asInt() : 500, data);
    }
    for (String f : new String[] {"id", "model", "created", "system_fingerprint"}) {
      if (chunk.hasNonNull(f) && !head.has(f)) {
        head.set(f, chunk.get(f));
      }
    }
    if (chunk.hasNonNull("usage")) {
      usage = chunk.get("usage");
    }
    JsonNode choice = chunk.path("choices").path(0);
    if (choice.hasNonNull("finish_reason")) {
      finishReason = choice.get("finish_reason");
    }
    return delta(choice.path("delta"));
  }

  private Seen delta(JsonNode delta) {
    boolean fresh = false;
    if (delta.hasNonNull("content")) {
      String text = delta.get("content").asText();
      sawContent = true;
      content.append(text);
      fresh = !text.isEmpty();
    }
    if (delta.hasNonNull("refusal")) {
      sawRefusal = true;
      refusal.append(delta.get("refusal").asText());
    }
    for (JsonNode call : delta.path("tool_calls")) {
      int index = call.path("index").asInt(toolCalls.size());
      ObjectNode acc =
          toolCalls.computeIfAbsent(index, i -> mapper.createObjectNode().put("type", "function"));
      if (call.hasNonNull("id") && !acc.has("id")) {
        acc.set("id", call.get("id"));
      }
      if (call.hasNonNull("type")) {
        acc.set("type", call.get("type"));
      }
      JsonNode function = call.path("function");
      ObjectNode fn =
          acc.has("function") ? (ObjectNode) acc.get("function") : acc.putObject("function");
      if (function.hasNonNull("name") && !fn.hasNonNull("name")) {
        fn.set("name", function.get("name"));
        fresh |= !function.get("name").asText().isEmpty();
      }
      if (function.hasNonNull("arguments")) {
        String part = function.get("arguments").asText();
        arguments.computeIfAbsent(index, i -> new StringBuilder()).append(part);
        fresh |= !part.isEmpty();
      }
    }
    return fresh ? Seen.CONTENT : Seen.OTHER;
  }

  @Override
  public JsonNode reply() {
    ObjectNode reply = head.deepCopy();
    reply.put("object", "chat.completion");
    ObjectNode choice = reply.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode message = choice.putObject("message").put("role", "assistant");
    if (sawContent || (toolCalls.isEmpty() && !sawRefusal)) {
      message.put("content", content.toString());
    } else {
      message.putNull("content");
    }
    if (sawRefusal) {
      message.put("refusal", refusal.toString());
    }
    if (!toolCalls.isEmpty()) {
      ArrayNode calls = message.putArray("tool_calls");
      toolCalls.forEach(
          (index, call) -> {
            StringBuilder args = arguments.get(index);
            ((ObjectNode) call.get("function"))
                .put("arguments", args == null ? "" : args.toString());
            calls.add(call);
          });
    }
    choice.set("finish_reason", finishReason);
    if (usage != null) {
      reply.set("usage", usage);
    }
    return reply;
  }
}
