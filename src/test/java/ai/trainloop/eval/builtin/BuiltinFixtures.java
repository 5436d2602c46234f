package ai.trainloop.eval.builtin;

import ai.trainloop.config.MetricSpec;
import ai.trainloop.config.SourceLocation;
import ai.trainloop.eval.Metric;
import ai.trainloop.eval.Sample;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Declarations and samples for the built-in metric tests. */
final class BuiltinFixtures {
  static final SourceLocation AT = new SourceLocation(Path.of("trainloop.config.yaml"), 12, 5);

  private BuiltinFixtures() {}

  /** A declaration named {@code m} at {@link #AT}; {@code kv} alternates keys and values. */
  static MetricSpec spec(String type, Object... kv) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      params.put((String) kv[i], kv[i + 1]);
    }
    return new MetricSpec("m", type, params, AT);
  }

  static Metric metric(String type, Object... kv) {
    return BuiltinMetrics.create(spec(type, kv));
  }

  static Sample reply(String output) {
    return reply(output, "recorded reply");
  }

  static Sample reply(String output, String recorded) {
    return new Sample("s1", "greeting-generation", List.of(), output, "openai/gpt-4o", recorded);
  }

  static double score(Metric metric, String output) throws Exception {
    return metric.score(reply(output));
  }
}
