package ai.trainloop.provider.stub;

import ai.trainloop.provider.stub.StubProvider.Text;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The stub's reading of requests and writing of replies, in each vendor's wire format. */
final class StubWire {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StubWire() {}

  /** The text of the last user message of an OpenAI, Anthropic or Gemini request body. */
  static String lastUserText(String format, JsonNode body) {
    JsonNode list = format.equals("gemini") ? body.path("contents") : body.path("messages");
    String text = "";
    for (JsonNode m : list) {
      String role = m.path("role").asText();
      if (role.equals("user")) {
        text =
            format.equals("gemini")
                ? m.path("parts").path(0).path("text").asText()
                : contentText(m.path("content"));
      }
    }
    return text;
  }

  private static String contentText(JsonNode content) {
    if (content.isArray()) {
      StringBuilder sb = new StringBuilder();
      content.forEach(p -> sb.append(p.path("text").asText()));
      return sb.toString();
    }
    return content.asText();
  }

  /** A successful reply in the vendor's format, with the given text and token counts. */
  static ObjectNode reply(String format, String model, Text t) {
    ObjectNode root = JSON.createObjectNode();
    switch (format) {
      case "openai" -> {
        root.put("id", "chatcmpl-stub").put("object", "chat.completion").put("model", model);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", t.text());
        root.putObject("usage")
            .put("prompt_tokens", t.inputTokens())
            .put("completion_tokens", t.outputTokens())
            .put("total_tokens", t.inputTokens() + t.outputTokens());
      }
      case "anthropic" -> {
        root.put("id", "msg_stub")
            .put("type", "message")
            .put("role", "assistant")
            .put("model", model)
            .put("stop_reason", "end_turn");
        root.putArray("content").addObject().put("type", "text").put("text", t.text());
        root.putObject("usage")
            .put("input_tokens", t.inputTokens())
            .put("output_tokens", t.outputTokens())
            .put("cache_creation_input_tokens", 0)
            .put("cache_read_input_tokens", 0);
      }
      default -> {
        ObjectNode cand = root.putArray("candidates").addObject();
        ArrayNode parts = cand.putObject("content").put("role", "model").putArray("parts");
        parts.addObject().put("text", t.text());
        cand.put("finishReason", "STOP");
        root.putObject("usageMetadata")
            .put("promptTokenCount", t.inputTokens())
            .put("candidatesTokenCount", t.outputTokens())
            .put("totalTokenCount", t.inputTokens() + t.outputTokens());
      }
    }
    return root;
  }

  /**
   * A successful reply as the vendor streams it: the text in a few deltas, then the finish reason,
   * the usage and the vendor's last event ({@code [DONE]}, {@code message_stop}; Gemini's stream
   * just ends).
   */
  static String events(String format, String model, Text t) {
    String text = t.text();
    int cut = text.length() / 2;
    String[] parts = {text.substring(0, cut), text.substring(cut)};
    StringBuilder sb = new StringBuilder();
    switch (format) {
      case "openai" -> {
        data(
            sb,
            null,
            chunk(model)
                .set("choices", choices(JSON.createObjectNode().put("role", "assistant"), null)));
        for (String p : parts) {
          data(
              sb,
              null,
              chunk(model)
                  .set("choices", choices(JSON.createObjectNode().put("content", p), null)));
        }
        data(sb, null, chunk(model).set("choices", choices(JSON.createObjectNode(), "stop")));
        ObjectNode usage = chunk(model);
        usage.putArray("choices");
        usage
            .putObject("usage")
            .put("prompt_tokens", t.inputTokens())
            .put("completion_tokens", t.outputTokens())
            .put("total_tokens", t.inputTokens() + t.outputTokens());
        data(sb, null, usage);
        sb.append("data: [DONE]\n\n");
      }
      case "anthropic" -> {
        ObjectNode start = JSON.createObjectNode().put("type", "message_start");
        start
            .putObject("message")
            .put("id", "msg_stub")
            .put("type", "message")
            .put("role", "assistant")
            .put("model", model)
            .putNull("stop_reason")
            .<ObjectNode>set("content", JSON.createArrayNode())
            .putObject("usage")
            .put("input_tokens", t.inputTokens())
            .put("output_tokens", 1);
        data(sb, "message_start", start);
        ObjectNode blockStart =
            JSON.createObjectNode().put("type", "content_block_start").put("index", 0);
        blockStart.putObject("content_block").put("type", "text").put("text", "");
        data(sb, "content_block_start", blockStart);
        for (String p : parts) {
          ObjectNode delta =
              JSON.createObjectNode().put("type", "content_block_delta").put("index", 0);
          delta.putObject("delta").put("type", "text_delta").put("text", p);
          data(sb, "content_block_delta", delta);
        }
        data(
            sb,
            "content_block_stop",
            JSON.createObjectNode().put("type", "content_block_stop").put("index", 0));
        ObjectNode end = JSON.createObjectNode().put("type", "message_delta");
        end.putObject("delta").put("stop_reason", "end_turn");
        end.putObject("usage").put("output_tokens", t.outputTokens());
        data(sb, "message_delta", end);
        data(sb, "message_stop", JSON.createObjectNode().put("type", "message_stop"));
      }
      default -> {
        for (int i = 0; i < parts.length; i++) {
          ObjectNode chunk = JSON.createObjectNode();
          ObjectNode cand = chunk.putArray("candidates").addObject();
          cand.putObject("content")
              .put("role", "model")
              .putArray("parts")
              .addObject()
              .put("text", parts[i]);
          if (i == parts.length - 1) {
            cand.put("finishReason", "STOP");
            chunk
                .putObject("usageMetadata")
                .put("promptTokenCount", t.inputTokens())
                .put("candidatesTokenCount", t.outputTokens())
                .put("totalTokenCount", t.inputTokens() + t.outputTokens());
          }
          data(sb, null, chunk);
        }
      }
    }
    return sb.toString();
  }

  private static ObjectNode chunk(String model) {
    return JSON.createObjectNode()
        .put("id", "chatcmpl-stub")
        .put("object", "chat.completion.chunk")
        .put("model", model);
  }

  private static ArrayNode choices(ObjectNode delta, String finishReason) {
    ArrayNode choices = JSON.createArrayNode();
    ObjectNode c = choices.addObject().put("index", 0);
    c.set("delta", delta);
    c.put("finish_reason", finishReason);
    return choices;
  }

  private static void data(StringBuilder sb, String event, ObjectNode data) {
    if (event != null) {
      sb.append("event: ").append(event).append('\n');
    }
    sb.append("data: ").append(data).append("\n\n");
  }
}
