package ai.trainloop.provider.gemini;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A JSON schema as Gemini's {@code Schema} (an OpenAPI subset) takes it, for function parameters
 * and {@code responseSchema}: keys it rejects ({@code additionalProperties}, {@code $schema},
 * {@code strict}, ...) are left out, types are upper case, and {@code type: [T, "null"]} becomes
 * {@code type: T, nullable: true}.
 */
final class GeminiSchemas {
  private static final Set<String> KEPT =
      Set.of(
          "type",
          "format",
          "title",
          "description",
          "nullable",
          "enum",
          "maxItems",
          "minItems",
          "properties",
          "required",
          "minProperties",
          "maxProperties",
          "minLength",
          "maxLength",
          "pattern",
          "example",
          "anyOf",
          "propertyOrdering",
          "default",
          "items",
          "minimum",
          "maximum");

  private GeminiSchemas() {}

  /** The schema with only what Gemini takes; plain values in, plain values out. */
  static Map<String, Object> of(Map<?, ?> schema) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : schema.entrySet()) {
      String key = String.valueOf(e.getKey());
      Object value = e.getValue();
      if (!KEPT.contains(key) || value == null) {
        continue;
      }
      switch (key) {
        case "type" -> type(out, value);
        case "items" -> out.put(key, value instanceof Map<?, ?> m ? of(m) : value);
        case "anyOf" -> out.put(key, each(value));
        case "properties" -> out.put(key, properties(value));
        default -> out.put(key, value);
      }
    }
    return out;
  }

  private static void type(Map<String, Object> out, Object value) {
    if (value instanceof List<?> types) {
      List<Object> rest = new ArrayList<>(types);
      if (rest.remove("null")) {
        out.put("nullable", true);
      }
      if (rest.size() == 1) {
        out.put("type", upper(rest.get(0)));
      }
      return;
    }
    out.put("type", upper(value));
  }

  private static Object upper(Object type) {
    return type instanceof String s ? s.toUpperCase(Locale.ROOT) : type;
  }

  private static Object properties(Object value) {
    if (!(value instanceof Map<?, ?> props)) {
      return value;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    props.forEach((k, v) -> out.put(String.valueOf(k), v instanceof Map<?, ?> m ? of(m) : v));
    return out;
  }

  private static Object each(Object value) {
    if (!(value instanceof List<?> list)) {
      return value;
    }
    return list.stream().map(v -> v instanceof Map<?, ?> m ? of(m) : v).toList();
  }
}
