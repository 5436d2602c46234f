package ai.trainloop.chat;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * OpenAI's {@code response_format}: plain text, any JSON object, or JSON that matches a schema.
 *
 * @param name the schema's name ({@code json_schema.name}); null for the other types
 * @param schema the JSON schema as plain values; empty for the other types
 * @param strict {@code json_schema.strict}; null when not recorded
 */
public record ResponseFormat(Type type, String name, Map<String, Object> schema, Boolean strict) {

  /** The three types OpenAI defines. */
  public enum Type {
    TEXT,
    JSON_OBJECT,
    JSON_SCHEMA;

    /** The wire name: {@code text}, {@code json_object}, {@code json_schema}. */
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ResponseFormat {
    Objects.requireNonNull(type, "type");
    schema = schema == null ? Map.of() : schema;
  }

  /** Whether the reply must be JSON. */
  public boolean json() {
    return type != Type.TEXT;
  }
}
