package ai.trainloop.provider.gemini;

import static ai.trainloop.provider.WireJson.cannot;

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
 * The generateContent body of a call: {@code contents}, {@code systemInstruction}, {@code tools:
 * [{functionDeclarations}]}, {@code toolConfig}, and {@code generationConfig} with temperature,
 * topP, topK, maxOutputTokens, stopSequences, seed, the penalties, JSON mode as {@code
 * responseMimeType: application/json} (plus {@code responseSchema} from a {@code json_schema}) and
 * {@code reasoning_effort} as a thinking budget. A sample error names what Gemini cannot take.
 */
final class GeminiRequests {
  /** Google's own mapping of reasoning_effort to a thinking budget (its OpenAI-compatible API). */
  private static final Map<String, Integer> THINKING_BUDGET =
      Map.of("none", 0, "minimal", 0, "low", 1024, "medium", 8192, "high", 24576);

  private GeminiRequests() {}

  static ObjectNode body(ChatRequest request) throws ProviderException {
    RequestParams p = request.params();
    String history = ToolHistory.problem(request.messages());
    if (history != null) {
      throw new ProviderException(Kind.SAMPLE_ERROR, 0, "google: " + history);
    }
    if (!p.extra().isEmpty()) {
      throw cannot(GeminiParts.VENDOR, String.join(", ", p.extra().keySet()));
    }
    Conversation conversation = Conversation.of(request.messages()).withSystemAsTurnWhenEmpty();
    ObjectNode body = WireJson.object();
    ArrayNode contents = body.putArray("contents");
    for (Turn turn : conversation.turns()) {
      contents.add(GeminiParts.content(turn));
    }
    if (conversation.system() != null) {
      body.putObject("systemInstruction")
          .putArray("parts")
          .addObject()
          .put("text", conversation.system());
    }
    tools(body, p);
    ObjectNode config = generationConfig(p);
    if (!config.isEmpty()) {
      body.set("generationConfig", config);
    }
    return body;
  }

  /** Recorded fields Gemini has no place for and that do not change the task. */
  static List<String> dropped(ChatRequest request) {
    List<String> dropped = new ArrayList<>();
    RequestParams p = request.params();
    if (Boolean.FALSE.equals(p.parallelToolCalls()) && !p.tools().isEmpty()) {
      dropped.add("parallel_tool_calls");
    }
    if (p.tools().stream().anyMatch(t -> t.strict() != null)) {
      dropped.add("strict");
    }
    return dropped;
  }

  private static ObjectNode generationConfig(RequestParams p) throws ProviderException {
    ObjectNode c = WireJson.object();
    if (p.temperature() != null) {
      c.put("temperature", p.temperature());
    }
    if (p.topP() != null) {
      c.put("topP", p.topP());
    }
    if (p.topK() != null) {
      c.put("topK", p.topK());
    }
    if (p.maxTokens() != null) {
      c.put("maxOutputTokens", p.maxTokens());
    }
    if (!p.stop().isEmpty()) {
      p.stop().forEach(c.putArray("stopSequences")::add);
    }
    if (p.seed() != null) {
      c.put("seed", p.seed());
    }
    if (p.presencePenalty() != null) {
      c.put("presencePenalty", p.presencePenalty());
    }
    if (p.frequencyPenalty() != null) {
      c.put("frequencyPenalty", p.frequencyPenalty());
    }
    ResponseFormat f = p.responseFormat();
    if (f != null && f.json()) {
      c.put("responseMimeType", "application/json");
      if (f.type() == ResponseFormat.Type.JSON_SCHEMA && !f.schema().isEmpty()) {
        c.set("responseSchema", WireJson.tree(GeminiSchemas.of(f.schema())));
      }
    }
    if (p.reasoningEffort() != null) {
      Integer budget = THINKING_BUDGET.get(p.reasoningEffort());
      if (budget == null) {
        throw cannot(GeminiParts.VENDOR, "reasoning_effort '" + p.reasoningEffort() + "'");
      }
      c.putObject("thinkingConfig").put("thinkingBudget", budget);
    }
    return c;
  }

  private static void tools(ObjectNode body, RequestParams p) {
    if (p.tools().isEmpty()) {
      return;
    }
    ArrayNode declarations = body.putArray("tools").addObject().putArray("functionDeclarations");
    for (ToolSpec t : p.tools()) {
      ObjectNode d = declarations.addObject().put("name", t.name());
      if (t.description() != null) {
        d.put("description", t.description());
      }
      if (!t.parameters().isEmpty()) {
        d.set("parameters", WireJson.tree(GeminiSchemas.of(t.parameters())));
      }
    }
    ToolChoice c = p.toolChoice();
    if (c == null) {
      return;
    }
    ObjectNode calling = body.putObject("toolConfig").putObject("functionCallingConfig");
    switch (c.mode()) {
      case AUTO -> calling.put("mode", "AUTO");
      case NONE -> calling.put("mode", "NONE");
      case REQUIRED -> calling.put("mode", "ANY");
      case TOOL -> calling.put("mode", "ANY").putArray("allowedFunctionNames").add(c.name());
    }
  }
}
