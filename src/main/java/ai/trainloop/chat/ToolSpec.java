package ai.trainloop.chat;

import java.util.Map;
import java.util.Objects;

/**
 * A function the model may call, as a recorded request defined it (OpenAI's {@code {type: function,
 * function: {...}}} or Anthropic's {@code {name, description, input_schema}}).
 *
 * @param name the function's name
 * @param description what it does; null when not recorded
 * @param parameters its arguments' JSON schema as plain values (maps, lists, strings, numbers);
 *     empty when not recorded
 * @param strict OpenAI's {@code strict}; null when not recorded
 */
public record ToolSpec(
    String name, String description, Map<String, Object> parameters, Boolean strict) {
  public ToolSpec {
    Objects.requireNonNull(name, "name");
    parameters = parameters == null ? Map.of() : parameters;
  }
}
