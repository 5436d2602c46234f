package ai.trainloop.provider.anthropic;

import static ai.trainloop.provider.WireJson.cannot;

import ai.trainloop.chat.Dialect;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.chat.ResponseFormat;
import ai.trainloop.chat.ToolChoice;
import ai.trainloop.chat.ToolHistory;
import ai.trainloop.chat.ToolSpec;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.Conversation;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.Turn;
import ai.trainloop.provider.WireJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Messages request body of a call: the system prompt apart (with the JSON-mode instruction when
 * the call asked for JSON), {@code max_tokens} always, {@code stop} as {@code stop_sequences},
 * tools as {@code {name, description, input_schema}}, {@code tool_choice} as auto / any / tool /
 * none. A sample error names what Anthropic cannot take; nothing is sent then.
 */
final class AnthropicRequests {
  private AnthropicRequests() {}

  static ObjectNode body(ChatRequest request) throws ProviderException {
    RequestParams p = request.params();
    refuseWhatAnthropicCannotTake(request);
    Conversation conversation = Conversation.of(request.messages()).withSystemAsTurnWhenEmpty();
    if (conversation.turns().isEmpty()) {
      throw new ProviderException(
          Kind.SAMPLE_ERROR, 0, "anthropic: the recorded call has no message to send");
    }
    if (!Conversation.USER.equals(conversation.firstRole())) {
      throw new ProviderException(
          Kind.SAMPLE_ERROR,
          0,
          "anthropic needs the conversation to start with a user message; this one starts with "
              + conversation.firstRole());
    }
    ObjectNode body = WireJson.object().put("model", request.model());
    body.put(
        "max_tokens",
        p.maxTokens() != null ? p.maxTokens() : AnthropicChatProvider.DEFAULT_MAX_TOKENS);
    String system = withJsonInstruction(conversation.system(), p.responseFormat());
    if (system != null) {
      body.put("system", system);
    }
    ArrayNode messages = body.putArray("messages");
    for (Turn turn : conversation.turns()) {
      messages.add(AnthropicBlocks.message(turn));
    }
    if (p.temperature() != null) {
      body.put("temperature", p.temperature());
    }
    if (p.topP() != null) {
      body.put("top_p", p.topP());
    }
    if (p.topK() != null) {
      body.put("top_k", p.topK());
    }
    if (!p.stop().isEmpty()) {
      p.stop().forEach(body.putArray("stop_sequences")::add);
    }
    tools(body, p);
    p.extra().forEach((key, value) -> body.set(key, WireJson.tree(value)));
    return body;
  }

  /** Recorded fields Anthropic has no place for and that do not change the task. */
  static List<String> dropped(ChatRequest request) {
    List<String> dropped = new ArrayList<>();
    if (request.params().seed() != null) {
      dropped.add("seed");
    }
    if (request.params().tools().stream().anyMatch(t -> t.strict() != null)) {
      dropped.add("strict");
    }
    return dropped;
  }

  private static void refuseWhatAnthropicCannotTake(ChatRequest request) throws ProviderException {
    RequestParams p = request.params();
    if (!AnthropicChatProvider.acceptsTemperature(p.temperature())) {
      throw new ProviderException(
          Kind.SAMPLE_ERROR,
          0,
          "anthropic accepts a temperature from 0 to 1, not " + p.temperature());
    }
    String history = ToolHistory.problem(request.messages());
    if (history != null) {
      throw new ProviderException(Kind.SAMPLE_ERROR, 0, "anthropic: " + history);
    }
    if (p.reasoningEffort() != null) {
      throw cannot(AnthropicBlocks.VENDOR, "reasoning_effort (extended thinking is set otherwise)");
    }
    if (p.penalized()) {
      throw cannot(AnthropicBlocks.VENDOR, "presence_penalty or frequency_penalty");
    }
    if (p.dialect() != Dialect.ANTHROPIC && !p.extra().isEmpty()) {
      throw cannot(AnthropicBlocks.VENDOR, String.join(", ", p.extra().keySet()));
    }
  }

  private static void tools(ObjectNode body, RequestParams p) {
    if (p.tools().isEmpty()) {
      return;
    }
    ArrayNode tools = body.putArray("tools");
    for (ToolSpec t : p.tools()) {
      ObjectNode tool = tools.addObject().put("name", t.name());
      if (t.description() != null) {
        tool.put("description", t.description());
      }
      Map<String, Object> schema =
          t.parameters().isEmpty() ? Map.of("type", "object") : t.parameters();
      tool.set("input_schema", WireJson.tree(schema));
    }
    ToolChoice c = p.toolChoice();
    boolean noParallel = Boolean.FALSE.equals(p.parallelToolCalls());
    if (c == null && !noParallel) {
      return;
    }
    ToolChoice.Mode mode = c == null ? ToolChoice.Mode.AUTO : c.mode();
    ObjectNode choice = body.putObject("tool_choice");
    switch (mode) {
      case AUTO -> choice.put("type", "auto");
      case NONE -> choice.put("type", "none");
      case REQUIRED -> choice.put("type", "any");
      case TOOL -> choice.put("type", "tool").put("name", c.name());
    }
    if (noParallel && mode != ToolChoice.Mode.NONE) {
      choice.put("disable_parallel_tool_use", true);
    }
  }

  /**
   * JSON mode by instruction: Anthropic's Messages API has no response_format outside a beta, so
   * the system prompt asks for JSON (matching the schema, when one was recorded).
   */
  static String withJsonInstruction(String system, ResponseFormat format) {
    if (format == null || !format.json()) {
      return system;
    }
    String ask = "Answer with a single JSON object and nothing else: no prose, no code fences.";
    if (format.type() == ResponseFormat.Type.JSON_SCHEMA && !format.schema().isEmpty()) {
      ask += " The object must match this JSON schema:\n" + WireJson.tree(format.schema());
    }
    return system == null ? ask : system + "\n\n" + ask;
  }
}
