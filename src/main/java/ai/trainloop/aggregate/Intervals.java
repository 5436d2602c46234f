package ai.trainloop.aggregate;

import ai.trainloop.results.ResultsJsonlReader;
import ai.trainloop.stats.Bootstrap;
import ai.trainloop.stats.Interval;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.DoubleStream;

/**
 * 95% intervals of every model's Avg and of each metric (seeded bootstrap over the samples, so the
 * same results always print the same interval), computed from results.jsonl in one streaming pass
 * that keeps only the scores.
 */
public final class Intervals {
  private final Map<String, DoubleStream.Builder> scores = new LinkedHashMap<>();
  private final Map<String, Map<String, DoubleStream.Builder>> metrics = new LinkedHashMap<>();

  public static Intervals read(Path resultsJsonl) throws IOException {
    Intervals in = new Intervals();
    ResultsJsonlReader.forEach(
        resultsJsonl,
        row -> {
          if (row.ok() && row.score() != null) {
            in.scores.computeIfAbsent(row.modelId(), k -> DoubleStream.builder()).add(row.score());
            Map<String, DoubleStream.Builder> byMetric =
                in.metrics.computeIfAbsent(row.modelId(), k -> new LinkedHashMap<>());
            row.metrics()
                .forEach(
                    (name, v) ->
                        byMetric.computeIfAbsent(name, k -> DoubleStream.builder()).add(v));
          }
        });
    return in;
  }

  /** Computes every interval; call once. */
  public Computed compute() {
    Bootstrap bootstrap = new Bootstrap();
    Map<String, Interval> avg = new LinkedHashMap<>();
    Map<String, Map<String, Interval>> perMetric = new LinkedHashMap<>();
    scores.forEach(
        (model, builder) -> {
          avg.put(model, bootstrap.meanInterval(builder.build().toArray()));
          Map<String, Interval> m = new LinkedHashMap<>();
          metrics
              .getOrDefault(model, Map.of())
              .forEach((name, b) -> m.put(name, bootstrap.meanInterval(b.build().toArray())));
          perMetric.put(model, m);
        });
    return new Computed(avg, perMetric);
  }

  /** The intervals of a run: per model's Avg, and per model and metric. */
  public record Computed(Map<String, Interval> avg, Map<String, Map<String, Interval>> metrics) {

    /**
     * Model id to {@code {score: {ci95: [lo, hi]}, metrics: {name: {ci95: [lo, hi]}}}}, merged into
     * report.json.
     */
    public Map<String, ObjectNode> json() {
      Map<String, ObjectNode> out = new LinkedHashMap<>();
      avg.forEach(
          (model, interval) -> {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            put(node.putObject("score"), interval);
            ObjectNode m = node.putObject("metrics");
            metrics.getOrDefault(model, Map.of()).forEach((name, i) -> put(m.putObject(name), i));
            out.put(model, node);
          });
      return out;
    }

    public Map<String, Double> avgHalfWidths() {
      Map<String, Double> out = new LinkedHashMap<>();
      avg.forEach((model, i) -> out.put(model, i.halfWidth()));
      return out;
    }

    public Map<String, Map<String, Double>> metricHalfWidths() {
      Map<String, Map<String, Double>> out = new LinkedHashMap<>();
      metrics.forEach(
          (model, byName) -> {
            Map<String, Double> m = new LinkedHashMap<>();
            byName.forEach((name, i) -> m.put(name, i.halfWidth()));
            out.put(model, m);
          });
      return out;
    }
  }

  private static void put(ObjectNode node, Interval i) {
    if (i.known()) {
      node.putArray("ci95").add(i.lo()).add(i.hi());
    } else {
      node.putNull("ci95");
    }
  }
}
