package ai.trainloop.eval.builtin;

import ai.trainloop.eval.FunctionCall;
import ai.trainloop.eval.Metric;
import ai.trainloop.eval.Sample;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code tool_call}: 1 when the reply makes a call to the tool {@code name} whose arguments contain
 * {@code arguments}, else 0. The match is a recursive subset: every key given must be in the call
 * with a matching value, and the call may have more keys; a mapping matches a JSON object the same
 * way, a list matches a list of the same length item by item, a number matches the same number
 * ({@code 1} matches {@code 1.0}), a string, true/false or null only itself. Without {@code
 * arguments}, any call of {@code name} matches, even one whose arguments are not valid JSON; with
 * them, such a call never does. Immutable and thread-safe.
 */
final class ToolCallMatch implements Metric {
  private final String name;
  private final Map<String, Object> arguments;

  private ToolCallMatch(String name, Map<String, Object> arguments) {
    this.name = name;
    this.arguments = arguments;
  }

  static Metric create(Params p) {
    return new ToolCallMatch(
        p.text("name", "the tool's name, e.g. get_weather"),
        p.mapping("arguments", "{city: Paris}"));
  }

  @Override
  public double score(Sample sample) {
    for (FunctionCall call : sample.toolCalls()) {
      if (call.name().equals(name)
          && (arguments == null
              || (call.argumentsValid() && matches(arguments, call.arguments())))) {
        return 1.0;
      }
    }
    return 0.0;
  }

  /** Whether {@code actual} holds {@code expected} (see the class comment). */
  static boolean matches(Object expected, Object actual) {
    if (expected instanceof Map<?, ?> want) {
      if (!(actual instanceof Map<?, ?> got)) {
        return false;
      }
      for (Map.Entry<?, ?> e : want.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (!got.containsKey(key) || !matches(e.getValue(), got.get(key))) {
          return false;
        }
      }
      return true;
    }
    if (expected instanceof List<?> want) {
      if (!(actual instanceof List<?> got) || got.size() != want.size()) {
        return false;
      }
      for (int i = 0; i < want.size(); i++) {
        if (!matches(want.get(i), got.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (expected instanceof Number want) {
      return actual instanceof Number got && sameNumber(want, got);
    }
    return expected == null ? actual == null : expected.equals(actual);
  }

  private static boolean sameNumber(Number a, Number b) {
    try {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    } catch (NumberFormatException notFinite) {
      return a.doubleValue() == b.doubleValue(); // NaN or infinity
    }
  }
}
