package ai.trainloop.eval.builtin;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.MetricSpec;
import ai.trainloop.config.Suggestions;
import ai.trainloop.eval.Metric;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The built-in metric types that {@code trainloop.eval.metrics} declares in YAML, and their
 * parameters:
 *
 * <table>
 *   <caption>Built-in metric types</caption>
 *   <tr><th>type</th><th>parameters</th><th>1 (pass) when</th></tr>
 *   <tr><td>contains</td><td>any: [..] or all: [..]; ignore_case, whole_word (false)</td>
 *       <td>one of {@code any} / each of {@code all} appears in the reply</td></tr>
 *   <tr><td>not_contains</td><td>any: [..]; ignore_case, whole_word (false)</td><td>none of them appears</td></tr>
 *   <tr><td>regex</td><td>pattern; ignore_case (false)</td><td>the Java regex is found in the reply</td></tr>
 *   <tr><td>max_words, min_words</td><td>value</td><td>words {@code <=} / {@code >=} value</td></tr>
 *   <tr><td>max_chars, min_chars</td><td>value</td><td>characters {@code <=} / {@code >=} value</td></tr>
 *   <tr><td>json_valid</td><td>(none)</td><td>the reply, or its one ```json block, is JSON</td></tr>
 *   <tr><td>similar_to_recorded</td><td>threshold (optional, 0..1)</td>
 *       <td>token F1 with the recorded reply (0..1), or F1 {@code >=} threshold</td></tr>
 *   <tr><td>equals_recorded</td><td>ignore_case (false)</td><td>the reply equals the recorded one</td></tr>
 *   <tr><td>tool_call</td><td>name; arguments (optional mapping)</td>
 *       <td>the reply calls tool {@code name} with at least {@code arguments} (a recursive
 *       subset)</td></tr>
 *   <tr><td>max_latency</td><td>seconds ({@code > 0})</td><td>the call replied within that
 *       time (a cached reply: not measurable, a failed evaluation)</td></tr>
 *   <tr><td>max_cost</td><td>usd ({@code > 0})</td><td>the call cost at most that much (unknown
 *       price or usage: not measurable, a failed evaluation)</td></tr>
 *   <tr><td>judge</td><td>yes and no (claims), or rubric</td>
 *       <td>the judge models find the yes-claim true (TrainLoop's assert_true); a rubric is
 *       graded 1..5 as 0..1</td></tr>
 *   <tr><td>judge_pairwise</td><td>against: recorded; question</td>
 *       <td>the judges prefer the reply to the recorded one (both orders; a tie is 0.5)</td></tr>
 * </table>
 *
 * <p>{@code whole_word: true} requires no letter, digit or underscore right before and after the
 * string, so {@code hi} does not match inside {@code this}. Every built-in metric is immutable and
 * thread-safe.
 */
public final class BuiltinMetrics {
  private static final Map<String, Type> TYPES = registry();

  private static Map<String, Type> registry() {
    Map<String, Type> types = new LinkedHashMap<>();
    register(types, "contains", TextMetrics::contains, "any", "all", "ignore_case", "whole_word");
    register(types, "not_contains", TextMetrics::notContains, "any", "ignore_case", "whole_word");
    register(types, "regex", TextMetrics::regex, "pattern", "ignore_case");
    register(types, "max_words", LengthMetrics::maxWords, "value");
    register(types, "min_words", LengthMetrics::minWords, "value");
    register(types, "max_chars", LengthMetrics::maxChars, "value");
    register(types, "min_chars", LengthMetrics::minChars, "value");
    register(types, "json_valid", JsonValid::create);
    register(types, "similar_to_recorded", SimilarToRecorded::create, "threshold");
    register(types, "equals_recorded", TextMetrics::equalsRecorded, "ignore_case");
    register(types, "tool_call", ToolCallMatch::create, "name", "arguments");
    register(types, "max_latency", MonitoringMetrics::maxLatency, "seconds");
    register(types, "max_cost", MonitoringMetrics::maxCost, "usd");
    register(types, "judge", JudgeBuiltins::judge, "yes", "no", "rubric");
    register(types, "judge_pairwise", JudgeBuiltins::pairwise, "against", "question");
    return Collections.unmodifiableMap(types);
  }

  private BuiltinMetrics() {}

  /** The type names, in documentation order. */
  public static List<String> types() {
    return List.copyOf(TYPES.keySet());
  }

  /**
   * Builds one declared metric.
   *
   * @throws ConfigException at {@code spec.location()} with key path {@code
   *     trainloop.eval.metrics.<name>[.<key>]} for a missing or unknown type, a missing, unknown or
   *     ill-typed parameter, or an invalid regular expression
   */
  public static Metric create(MetricSpec spec) {
    String path = Params.PREFIX + spec.name() + ".type";
    if (spec.type() == null || spec.type().isBlank()) {
      throw new ConfigException(
          spec.location(),
          path,
          "a metric needs a type, one of: " + String.join(", ", TYPES.keySet()));
    }
    Type type = TYPES.get(spec.type());
    if (type == null) {
      throw new ConfigException(
          spec.location(),
          path,
          "unknown metric type '"
              + spec.type()
              + "'"
              + Suggestions.didYouMean(spec.type(), TYPES.keySet())
              + " (types: "
              + String.join(", ", TYPES.keySet())
              + ")");
    }
    return type.factory().apply(new Params(spec, type.params()));
  }

  /**
   * How many judge questions each evaluation of a built-in asks ({@code 2} claims for {@code
   * judge}'s yes and no, {@code 1} for a rubric, {@code 2} orders for {@code judge_pairwise}); 0
   * for a metric that asks no judge. For {@code --dry-run}.
   */
  public static int judgePrompts(MetricSpec spec) {
    if ("judge".equals(spec.type())) {
      return spec.params() != null && spec.params().containsKey("rubric") ? 1 : 2;
    }
    return "judge_pairwise".equals(spec.type()) ? 2 : 0;
  }

  /** Builds every declaration, keyed by name in declaration order. */
  public static Map<String, Metric> createAll(List<MetricSpec> specs) {
    Map<String, Metric> out = new LinkedHashMap<>();
    for (MetricSpec spec : specs) {
      if (out.put(spec.name(), create(spec)) != null) {
        throw new ConfigException(
            spec.location(), Params.PREFIX + spec.name(), "metric declared twice");
      }
    }
    return out;
  }

  private static void register(
      Map<String, Type> types, String name, Function<Params, Metric> factory, String... params) {
    types.put(name, new Type(factory, List.of(params)));
  }

  private record Type(Function<Params, Metric> factory, List<String> params) {}
}
