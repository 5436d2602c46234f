package ai.trainloop.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code trainloop.eval}: built-in metric declarations and suites. Only the shape is checked here
 * (a metric has a string {@code type}; a suite has a tag and metric names); each type's parameters
 * and whether a named metric exists are checked where metrics are built.
 */
final class EvalParser {
  /** {@code eval.metric_timeout}'s upper end: a day. */
  private static final BigDecimal MAX_METRIC_TIMEOUT = new BigDecimal("86400");

  private EvalParser() {}

  /** {@code eval.metric_timeout} in seconds: the longest one metric call may take (default 60). */
  static Duration metricTimeout(YamlMap eval) {
    BigDecimal seconds = eval == null ? null : eval.decimal("metric_timeout", Bounds.POSITIVE);
    if (seconds != null && seconds.compareTo(MAX_METRIC_TIMEOUT) > 0) {
      throw eval.error(
          "metric_timeout", "must be at most 86400 (a day), got " + seconds.toPlainString());
    }
    return seconds == null
        ? TrainloopConfig.DEFAULT_METRIC_TIMEOUT
        : BenchmarkParser.seconds(seconds);
  }

  /** {@code eval.metrics}: name to {@code {type, …params}}, in config order; empty when absent. */
  static List<MetricSpec> metrics(YamlMap eval) {
    YamlMap metrics = eval == null ? null : eval.map("metrics", null);
    if (metrics == null) {
      return List.of();
    }
    List<MetricSpec> out = new ArrayList<>();
    for (String name : metrics.keys()) {
      if (!metrics.has(name)) {
        throw metrics.error(
            name,
            "expected a mapping with a 'type' (like {type: contains, any: [hello]}), got nothing");
      }
      YamlMap spec = YamlMap.of(metrics.value(name), metrics.path(name), metrics.file(), null);
      if (!spec.has("type")) {
        throw new ConfigException(
            spec.location(), spec.path(), "missing 'type' (like type: contains)");
      }
      if (!Kind.STRING.accepts(spec.value("type"))) {
        throw spec.error("type", "expected a string, got " + Nodes.describe(spec.value("type")));
      }
      Map<String, Object> params = new LinkedHashMap<>();
      for (String key : spec.keys()) {
        if (!"type".equals(key)) {
          params.put(key, Nodes.plain(spec.value(key), spec.path(key), spec.file()));
        }
      }
      out.add(
          new MetricSpec(
              name, spec.text("type"), Collections.unmodifiableMap(params), spec.location()));
    }
    return List.copyOf(out);
  }

  /**
   * {@code eval.suites}: a list of {@code {tag, metrics}}, or a mapping of suite name to {@code
   * {tag, metrics}}; in config order; empty when absent.
   */
  static List<SuiteSpec> suites(YamlMap eval) {
    if (eval == null || !eval.has("suites")) {
      return List.of();
    }
    Node node = eval.value("suites");
    List<SuiteSpec> out = new ArrayList<>();
    if (node instanceof SequenceNode seq) {
      for (int i = 0; i < seq.getValue().size(); i++) {
        out.add(suite(seq.getValue().get(i), eval.path("suites") + "[" + i + "]", eval));
      }
    } else {
      YamlMap named = eval.map("suites", null);
      for (String name : named.keys()) {
        out.add(suite(named.value(name), named.path(name), eval));
      }
    }
    return List.copyOf(out);
  }

  private static SuiteSpec suite(Node node, String path, YamlMap eval) {
    if (Nodes.isNull(node)) {
      throw new ConfigException(
          node == null ? eval.location("suites") : Nodes.location(node, eval.file()),
          path,
          "expected a suite {tag: …, metrics: […]}, got nothing");
    }
    YamlMap s = YamlMap.of(node, path, eval.file(), ConfigSchema.SUITE);
    if (s.value("tag") == null || Nodes.isNull(s.value("tag"))) {
      throw new ConfigException(
          s.location(), path, "missing 'tag' (the tag of the recorded calls this suite scores)");
    }
    List<String> metrics = s.strings("metrics");
    if (metrics.isEmpty()) {
      throw new ConfigException(
          s.location("metrics"), s.path("metrics"), "a suite needs at least one metric");
    }
    // the tag may be "" (TrainLoop's tag for untagged calls), so it is read raw rather than through
    // text()
    String tag = ((ScalarNode) s.value("tag")).getValue().trim();
    return new SuiteSpec(tag, metrics, s.location());
  }
}
