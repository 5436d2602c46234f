package ai.trainloop.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A tool call the reply made, for metrics ({@link Sample#toolCalls()}).
 *
 * <p>{@code arguments} is plain Java, read-only: a JSON object is a {@code Map<String, Object>}, an
 * array a {@code List<Object>}, a string a {@code String}, a number an {@code Integer}, {@code
 * Long}, {@code BigInteger} or {@code Double}, true/false a {@code Boolean}, JSON null a {@code
 * null} value. So {@code "Paris".equals(call.arguments().get("city"))} just works, and so does
 * {@code call.argument("city")}.
 *
 * @param id the vendor's call id ({@code call_…}, {@code toolu_…}); "" when the vendor gives none
 *     (Gemini)
 * @param name the function's name
 * @param arguments the arguments, parsed; empty when the model sent none, or sent text that is not
 *     a JSON object (then {@code argumentsValid} is false)
 * @param argumentsJson the arguments exactly as the model wrote them
 * @param argumentsValid false when {@code argumentsJson} is not a JSON object
 */
public record FunctionCall(
    String id,
    String name,
    Map<String, Object> arguments,
    String argumentsJson,
    boolean argumentsValid) {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  public FunctionCall {
    id = id == null ? "" : id;
    Objects.requireNonNull(name, "name");
    arguments = arguments == null ? Map.of() : frozen(arguments);
    argumentsJson = argumentsJson == null ? "{}" : argumentsJson;
  }

  /**
   * A call whose arguments are the model's JSON text: parsed when it is a JSON object, else kept as
   * text with {@code argumentsValid} false. Blank text is no arguments ({@code {}}).
   */
  public static FunctionCall of(String id, String name, String argumentsJson) {
    if (argumentsJson == null || argumentsJson.isBlank()) {
      return new FunctionCall(id, name, Map.of(), "{}", true);
    }
    Map<String, Object> parsed = parseObject(argumentsJson);
    return parsed == null
        ? new FunctionCall(id, name, Map.of(), argumentsJson, false)
        : new FunctionCall(id, name, parsed, argumentsJson, true);
  }

  /** One argument's value (see the class comment for its type); null when absent. */
  public Object argument(String key) {
    return arguments.get(key);
  }

  /** The JSON object in {@code text} as plain values, or null when it is not one. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> parseObject(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      return node != null && node.isObject() ? JSON.convertValue(node, Map.class) : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static Map<String, Object> frozen(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), frozenValue(v)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object frozenValue(Object v) {
    if (v instanceof Map<?, ?> m) {
      return frozen(m);
    }
    if (v instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(item -> copy.add(frozenValue(item)));
      return Collections.unmodifiableList(copy);
    }
    return v;
  }
}
