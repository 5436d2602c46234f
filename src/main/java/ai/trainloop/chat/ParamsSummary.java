package ai.trainloop.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a request's parameters were, as results.jsonl's {@code params} records them: snake_case
 * keys, set values only, tools by name, a schema by its name, extra fields as recorded.
 */
public final class ParamsSummary {
  private ParamsSummary() {}

  /** The set parameters, in a fixed order; empty when none is set. */
  public static Map<String, Object> of(RequestParams p) {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "temperature", p.temperature());
    put(m, "max_tokens", p.maxTokens());
    put(m, "top_p", p.topP());
    put(m, "top_k", p.topK());
    if (!p.stop().isEmpty()) {
      m.put("stop", p.stop());
    }
    put(m, "seed", p.seed());
    put(m, "presence_penalty", p.presencePenalty());
    put(m, "frequency_penalty", p.frequencyPenalty());
    put(m, "reasoning_effort", p.reasoningEffort());
    if (p.responseFormat() != null) {
      ResponseFormat f = p.responseFormat();
      m.put(
          "response_format", f.name() == null ? f.type().wire() : f.type().wire() + ":" + f.name());
    }
    if (!p.tools().isEmpty()) {
      m.put("tools", p.tools().stream().map(ToolSpec::name).toList());
    }
    if (p.toolChoice() != null) {
      m.put("tool_choice", p.toolChoice().toString());
    }
    put(m, "parallel_tool_calls", p.parallelToolCalls());
    put(m, "stream", p.stream());
    m.putAll(p.extra());
    return Collections.unmodifiableMap(m);
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }
}
