package ai.trainloop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two {@link RunFingerprint}s, one line each, in words: {@code provider
 * openai/gpt-4o: temperature 0.2 → 0.5}, {@code provider openai/gpt-4o-mini: added}, {@code
 * samples.max_samples: 10 → 20}. Empty when nothing did.
 */
final class FingerprintDiff {
  private FingerprintDiff() {}

  static List<String> changes(JsonNode before, JsonNode now) {
    List<String> out = new ArrayList<>();
    providers(before.path("providers"), now.path("providers"), "provider ", out);
    providers(
        before.path("judge").path("models"), now.path("judge").path("models"), "judge model ", out);
    Set<String> keys = new LinkedHashSet<>();
    before.fieldNames().forEachRemaining(keys::add);
    now.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      if (!key.equals("providers")) {
        compare(key, before.path(key), now.path(key), out);
      }
    }
    return out;
  }

  private static void providers(JsonNode before, JsonNode now, String what, List<String> out) {
    Map<String, JsonNode> old = byId(before);
    Map<String, JsonNode> current = byId(now);
    for (Map.Entry<String, JsonNode> e : old.entrySet()) {
      JsonNode then = e.getValue();
      JsonNode after = current.get(e.getKey());
      if (after == null) {
        out.add(what + e.getKey() + ": removed");
        continue;
      }
      List<String> fields = new ArrayList<>();
      flatten("", then, fields, after);
      for (String f : fields) {
        out.add(what + e.getKey() + ": " + f);
      }
    }
    current.keySet().stream()
        .filter(id -> !old.containsKey(id))
        .forEach(id -> out.add(what + id + ": added"));
  }

  private static Map<String, JsonNode> byId(JsonNode list) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    list.forEach(p -> out.put(p.path("id").asText(), p));
    return out;
  }

  /** Differences of two provider entries, flattened: params.temperature reads as temperature. */
  private static void flatten(String prefix, JsonNode then, List<String> out, JsonNode now) {
    Set<String> keys = new LinkedHashSet<>();
    then.fieldNames().forEachRemaining(keys::add);
    now.fieldNames().forEachRemaining(keys::add);
    for (String k : keys) {
      JsonNode a = then.path(k);
      JsonNode b = now.path(k);
      if (k.equals("params") || (a.isObject() && b.isObject())) {
        flatten(k.equals("params") ? prefix : prefix + k + ".", a, out, b);
      } else if (!same(a, b)) {
        out.add(prefix + k + " " + shown(a) + " → " + shown(b));
      }
    }
  }

  private static void compare(String path, JsonNode a, JsonNode b, List<String> out) {
    if (same(a, b)) {
      return;
    }
    if (a.isObject() && b.isObject()) {
      Set<String> keys = new LinkedHashSet<>();
      for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
        keys.add(it.next());
      }
      b.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        if (!(path.equals("judge") && k.equals("models"))) {
          compare(path + "." + k, a.path(k), b.path(k), out);
        }
      }
      return;
    }
    if (path.endsWith("_sha256")) {
      out.add(path.substring(0, path.length() - "_sha256".length()) + " changed");
      return;
    }
    out.add(path + ": " + shown(a) + " → " + shown(b));
  }

  /** Equal, numbers by value: run.json reads 0.2 back as a decimal, the config as a double. */
  private static boolean same(JsonNode a, JsonNode b) {
    return a.equals(
        (x, y) ->
            x.equals(y)
                    || (x.isNumber()
                        && y.isNumber()
                        && x.decimalValue().compareTo(y.decimalValue()) == 0)
                ? 0
                : 1,
        b);
  }

  private static String shown(JsonNode v) {
    if (v == null || v.isMissingNode() || v.isNull()) {
      return "(none)";
    }
    return v.isTextual() ? v.asText() : v.toString();
  }
}
