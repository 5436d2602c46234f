package ai.trainloop.results;

import ai.trainloop.stats.Interval;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Reads the typed fields of report.json and results.jsonl objects. A missing or null field is
 * absent (null, or the caller's default); a field of the wrong type is an {@link
 * IllegalArgumentException} naming its key path ({@code models[2].samples: expected a number or
 * null, got "x"}), which the readers turn into a {@link ReportFormatException} naming the file.
 */
final class JsonFields {
  private JsonFields() {}

  /** The field as text (a number or boolean as written), or null when missing or null. */
  static String text(JsonNode n, String key) {
    JsonNode value = n.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** A string field that must be there. */
  static String requiredText(JsonNode n, String path, String key) {
    JsonNode value = n.get(key);
    if (value == null || !value.isTextual()) {
      throw bad(path, key, value == null || value.isNull() ? "missing" : "expected a string");
    }
    return value.asText();
  }

  static Long whole(JsonNode n, String path, String key) {
    JsonNode value = number(n, path, key);
    return value == null ? null : value.longValue();
  }

  static long whole(JsonNode n, String path, String key, long absent) {
    Long value = whole(n, path, key);
    return value == null ? absent : value;
  }

  static Integer integer(JsonNode n, String path, String key) {
    JsonNode value = number(n, path, key);
    return value == null ? null : value.intValue();
  }

  static Double real(JsonNode n, String path, String key) {
    JsonNode value = number(n, path, key);
    return value == null ? null : value.doubleValue();
  }

  /** An exact decimal (money), as written. */
  static BigDecimal decimal(JsonNode n, String path, String key) {
    JsonNode value = number(n, path, key);
    return value == null ? null : value.decimalValue();
  }

  static boolean bool(JsonNode n, String path, String key, boolean absent) {
    JsonNode value = n.get(key);
    if (value == null || value.isNull()) {
      return absent;
    }
    if (!value.isBoolean()) {
      throw bad(path, key, "expected true or false, got " + value);
    }
    return value.booleanValue();
  }

  /** The field when it is an object; null when missing or null; anything else is an error. */
  static JsonNode object(JsonNode n, String path, String key) {
    JsonNode value = n.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw bad(path, key, "expected an object, got " + value);
    }
    return value;
  }

  /**
   * {@code [low, high]}; JSON null is {@link Interval#UNKNOWN}; null when the key is missing (the
   * figure has no interval).
   */
  static Interval interval(JsonNode n, String path, String key) {
    JsonNode value = n.get(key);
    if (value == null) {
      return null;
    }
    if (value.isNull()) {
      return Interval.UNKNOWN;
    }
    if (!value.isArray() || value.size() != 2 || !value.get(0).isNumber()) {
      throw bad(path, key, "expected [low, high] or null, got " + value);
    }
    if (!value.get(1).isNumber() || value.get(0).doubleValue() > value.get(1).doubleValue()) {
      throw bad(path, key, "expected [low, high] or null, got " + value);
    }
    return new Interval(value.get(0).doubleValue(), value.get(1).doubleValue());
  }

  /** The field when it is a number, null when missing or null; anything else is an error. */
  static JsonNode number(JsonNode n, String path, String key) {
    JsonNode value = n.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw bad(path, key, "expected a number or null, got " + value);
    }
    return value;
  }

  /**
   * {@code path.key: detail}; an empty key names the object itself, an empty path a top-level key.
   */
  static IllegalArgumentException bad(String path, String key, String detail) {
    String at = key.isEmpty() ? path : path.isEmpty() ? key : path + "." + key;
    return new IllegalArgumentException(at + ": " + detail);
  }
}
