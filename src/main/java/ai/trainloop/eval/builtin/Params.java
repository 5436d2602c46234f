package ai.trainloop.eval.builtin;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.MetricSpec;
import ai.trainloop.config.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one built-in metric declaration, read with type checks. Every problem is a
 * {@link ConfigException} at the declaration's location with the key path {@code
 * trainloop.eval.metrics.<name>.<key>}.
 */
final class Params {
  static final String PREFIX = "trainloop.eval.metrics.";

  private final MetricSpec spec;
  private final Map<String, Object> values;

  /**
   * Reads {@code spec}'s params, rejecting any key not in {@code allowed} (with a did-you-mean).
   */
  Params(MetricSpec spec, List<String> allowed) {
    this.spec = spec;
    this.values = spec.params() == null ? Map.of() : spec.params();
    for (String key : values.keySet()) {
      if (!allowed.contains(key) && !"type".equals(key)) {
        String valid =
            allowed.isEmpty()
                ? "it takes no parameters"
                : "valid keys: " + String.join(", ", allowed);
        throw error(
            key,
            "unknown key '"
                + key
                + "' for a "
                + spec.type()
                + " metric"
                + Suggestions.didYouMean(key, allowed)
                + " ("
                + valid
                + ")");
      }
    }
  }

  String type() {
    return spec.type();
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  ConfigException error(String key, String detail) {
    return new ConfigException(
        spec.location(), PREFIX + spec.name() + (key == null ? "" : "." + key), detail);
  }

  ConfigException missing(String key, String what) {
    return error(key, "a " + spec.type() + " metric needs '" + key + "': " + what);
  }

  /** {@code key} as true/false, {@code fallback} when absent. */
  boolean flag(String key, boolean fallback) {
    if (!has(key)) {
      return fallback;
    }
    if (values.get(key) instanceof Boolean b) {
      return b;
    }
    throw error(key, "expected true or false, got " + describe(values.get(key)));
  }

  /** A required, non-empty string. */
  String text(String key, String what) {
    if (!has(key)) {
      throw missing(key, what);
    }
    if (values.get(key) instanceof String s && !s.isEmpty()) {
      return s;
    }
    throw error(
        key, "expected a non-empty string (" + what + "), got " + describe(values.get(key)));
  }

  /** A required whole number {@code >= 0}. */
  int count(String key, String what) {
    if (!has(key)) {
      throw missing(key, what);
    }
    Object v = values.get(key);
    if (v instanceof Number n && isWhole(n)) {
      BigDecimal whole = new BigDecimal(n.toString());
      if (whole.signum() >= 0 && whole.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
        return whole.intValueExact();
      }
    }
    throw error(key, "expected a whole number >= 0 (" + what + "), got " + describe(v));
  }

  /** A required number {@code > 0} (finite), as its exact decimal. */
  BigDecimal positive(String key, String what) {
    if (!has(key)) {
      throw missing(key, what);
    }
    Object v = values.get(key);
    if (v instanceof Number n
        && !(v instanceof Double d && !Double.isFinite(d))
        && !(v instanceof Float f && !Float.isFinite(f))) {
      BigDecimal exact = new BigDecimal(n.toString());
      if (exact.signum() > 0) {
        return exact;
      }
    }
    throw error(key, "expected a number > 0 (" + what + "), got " + describe(v));
  }

  /** An optional number in [0, 1], or null when absent. */
  Double fraction(String key) {
    if (!has(key)) {
      return null;
    }
    Object v = values.get(key);
    if (v instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1) {
      return n.doubleValue();
    }
    throw error(key, "expected a number between 0 and 1, got " + describe(v));
  }

  /** An optional mapping (its keys as text), or null when absent. */
  Map<String, Object> mapping(String key, String example) {
    if (!has(key)) {
      return null;
    }
    if (values.get(key) instanceof Map<?, ?> map) {
      Map<String, Object> out = new java.util.LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), v));
      return java.util.Collections.unmodifiableMap(out);
    }
    throw error(key, "expected a mapping, e.g. " + example + ", got " + describe(values.get(key)));
  }

  /**
   * A non-empty list of non-empty strings (numbers are taken as their text), or null when absent.
   */
  List<String> words(String key) {
    if (!has(key)) {
      return null;
    }
    Object v = values.get(key);
    if (v instanceof List<?> list && !list.isEmpty()) {
      List<String> out = new ArrayList<>();
      for (Object item : list) {
        if (!(item instanceof String || item instanceof Number) || item.toString().isEmpty()) {
          throw error(
              key, "expected a list of non-empty strings, but an item is " + describe(item));
        }
        out.add(item.toString());
      }
      return List.copyOf(out);
    }
    throw error(key, "expected a non-empty list of strings, e.g. [hello, hi], got " + describe(v));
  }

  static String describe(Object v) {
    if (v == null) {
      return "nothing";
    } else if (v instanceof String s) {
      return "the string \"" + s + "\"";
    } else if (v instanceof Boolean || v instanceof Number) {
      return v.toString();
    } else if (v instanceof List<?> list) {
      return list.isEmpty() ? "an empty list" : "a list";
    } else if (v instanceof Map<?, ?>) {
      return "a mapping";
    }
    return "a " + v.getClass().getSimpleName();
  }

  private static boolean isWhole(Number n) {
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      return Double.isFinite(d) && d == Math.rint(d);
    }
    return !(n instanceof BigDecimal b) || b.stripTrailingZeros().scale() <= 0;
  }
}
