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
}
