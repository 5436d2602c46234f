package ai.trainloop.events;

import ai.trainloop.events.EventLineParser.MalformedLineException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict reads of one field of a recorded line, each failing with the field's path ({@code
 * input[2].content[0].image_url.url: expected a string, got 42}).
 */
final class JsonReads {
  private static final int SHOWN = 40;

  private JsonReads() {}

  static MalformedLineException bad(String path, String detail) {
    return new MalformedLineException(path + ": " + detail);
  }

  /** Whether the field is missing or JSON null. */
  static boolean absent(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  static JsonNode object(JsonNode node, String path) throws MalformedLineException {
    if (node == null || !node.isObject()) {
      throw bad(path, expected("an object", node));
    }
    return node;
  }

  static String text(JsonNode node, String path) throws MalformedLineException {
    if (node == null || !node.isTextual()) {
      throw bad(path, expected("a string", node));
    }
    return node.asText();
  }

  /** The text, or null when the field is absent. */
  static String optionalText(JsonNode node, String path) throws MalformedLineException {
    return absent(node) ? null : text(node, path);
  }

  static String expected(String what, JsonNode got) {
    return "expected " + what + ", got " + describe(got);
  }

  /** A value for a message: its JSON, cut short (base64 data can be megabytes). */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    String json = node.toString();
    return json.length() <= SHOWN ? json : json.substring(0, SHOWN) + "…";
  }

  /**
   * A JSON tree as plain Java values (maps, lists, strings, numbers, booleans, null), without a
   * re-parse.
   */
  static Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
      return Collections.unmodifiableMap(map);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      node.forEach(element -> list.add(plain(element)));
      return Collections.unmodifiableList(list);
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isNull() ? null : node.asText();
  }

  /** An object as plain values; the caller has checked it is an object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> plainObject(JsonNode node) {
    return (Map<String, Object>) plain(node);
  }
}
