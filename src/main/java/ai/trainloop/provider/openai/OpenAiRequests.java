package ai.trainloop.provider.openai;

import static ai.trainloop.provider.WireJson.cannot;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.Dialect;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.chat.ResponseFormat;
import ai.trainloop.chat.ToolChoice;
import ai.trainloop.chat.ToolHistory;
import ai.trainloop.chat.ToolSpec;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.WireJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The chat-completions body of a call, as recorded: messages with their parts and tool calls, and
 * every parameter under its own name; fields this model does not know go as recorded when the call
 * was recorded in OpenAI's format. Reasoning models ({@link ReasoningModels}) get {@code
 * max_completion_tokens} and no temperature. A sample error names what OpenAI cannot take.
 */
final class OpenAiRequests {
  private OpenAiRequests() {}

  static ObjectNode body(ChatRequest request) throws ProviderException {
    RequestParams p = request.params();
    String history = ToolHistory.problem(request.messages());
    if (history != null) {
      throw new ProviderException(Kind.SAMPLE_ERROR, 0, "openai: " + history);
    }
    if (p.topK() != null) {
      throw cannot(OpenAiMessages.VENDOR, "top_k");
    }
    if (p.dialect() != Dialect.OPENAI && !p.extra().isEmpty()) {
      throw cannot(OpenAiMessages.VENDOR, String.join(", ", p.extra().keySet()));
    }
    ObjectNode body = WireJson.object().put("model", request.model());
    ArrayNode messages = body.putArray("messages");
    for (ChatMessage m : request.messages()) {
      messages.add(OpenAiMessages.message(m));
    }
    boolean reasoning = ReasoningModels.matches(request.model());
    if (p.temperature() != null && !reasoning) {
      body.put("temperature", p.temperature());
    }
    if (p.maxTokens() != null) {
      body.put(reasoning ? "max_completion_tokens" : "max_tokens", p.maxTokens());
    }
    if (p.topP() != null) {
      body.put("top_p", p.topP());
    }
    if (!p.stop().isEmpty()) {
      p.stop().forEach(body.putArray("stop")::add);
    }
    if (p.seed() != null) {
      body.put("seed", p.seed());
    }
    if (p.presencePenalty() != null) {
      body.put("presence_penalty", p.presencePenalty());
    }
    if (p.frequencyPenalty() != null) {
      body.put("frequency_penalty", p.frequencyPenalty());
    }
    if (p.reasoningEffort() != null) {
      body.put("reasoning_effort", p.reasoningEffort());
    }
    responseFormat(body, p.responseFormat());
    tools(body, p);
    p.extra().forEach((key, value) -> body.set(key, WireJson.tree(value)));
    return body;
  }

  /**
   * Recorded fields this model leaves out: a reasoning model's temperature, Anthropic's {@code
   * is_error} on a tool result (OpenAI's tool messages have no such flag).
   */
  static List<String> dropped(ChatRequest request) {
    List<String> dropped = new ArrayList<>();
    if (request.temperature() != null && ReasoningModels.matches(request.model())) {
      dropped.add("temperature");
    }
    if (request.messages().stream().anyMatch(ChatMessage::toolError)) {
      dropped.add("is_error");
    }
    return dropped;
  }

  private static void responseFormat(ObjectNode body, ResponseFormat f) {
    if (f == null) {
      return;
    }
    ObjectNode format = body.putObject("response_format").put("type", f.type().wire());
    if (f.type() == ResponseFormat.Type.JSON_SCHEMA) {
      ObjectNode schema = format.putObject("json_schema").put("name", f.name());
      schema.set("schema", WireJson.tree(f.schema()));
      if (f.strict() != null) {
        schema.put("strict", f.strict());
      }
    }
  }

  private static void tools(ObjectNode body, RequestParams p) {
    if (!p.tools().isEmpty()) {
      ArrayNode tools = body.putArray("tools");
      for (ToolSpec t : p.tools()) {
        ObjectNode f = tools.addObject().put("type", "function").putObject("function");
        f.put("name", t.name());
        if (t.description() != null) {
          f.put("description", t.description());
        }
        if (!t.parameters().isEmpty()) {
          f.set("parameters", WireJson.tree(t.parameters()));
        }
        if (t.strict() != null) {
          f.put("strict", t.strict());
        }
      }
    }
    ToolChoice c = p.toolChoice();
    if (c != null) {
      switch (c.mode()) {
        case AUTO -> body.put("tool_choice", "auto");
        case NONE -> body.put("tool_choice", "none");
        case REQUIRED -> body.put("tool_choice", "required");
        case TOOL ->
            body.putObject("tool_choice")
                .put("type", "function")
                .putObject("function")
                .put("name", c.name());
      }
    }
    if (p.parallelToolCalls() != null) {
      body.put("parallel_tool_calls", p.parallelToolCalls());
    }
  }
}
