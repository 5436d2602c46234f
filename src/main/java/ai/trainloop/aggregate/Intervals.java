package ai.trainloop.aggregate;

import ai.trainloop.config.RepeatReducer;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.ResultsJsonlReader;
import ai.trainloop.results.SampleRows;
import ai.trainloop.stats.Bootstrap;
import ai.trainloop.stats.Interval;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;

/**
 * 95% intervals of every model's Avg and of each metric (seeded bootstrap over the samples, so the
 * same results always print the same interval), computed from results.jsonl in one streaming pass
 * that keeps only the scores. A sample counts once: the repeats of a run with repeats are first
 * reduced to the sample's one score ({@link SampleRows}), as its Avg is.
 */
public final class Intervals {
  private final Map<String, DoubleStream.Builder> scores = new LinkedHashMap<>();
  private final Map<String, Map<String, DoubleStream.Builder>> metrics = new LinkedHashMap<>();

  /**
   * The scores of {@code resultsJsonl}, each sample's repeats reduced by {@code reducer} (null: the
   * mean).
   */
  public static Intervals read(Path resultsJsonl, RepeatReducer reducer) throws IOException {
    Intervals in = new Intervals();
    SampleRows repeated = new SampleRows(reducer);
    ResultsJsonlReader.forEach(
        resultsJsonl,
        row -> {
          if (row.ok() && row.score() != null) {
            if (row.repeat() == null) {
              in.add(row);
            } else {
              repeated.add(row);
            }
          }
        });
    repeated.rows().forEach(in::add);
    return in;
  }

  private void add(ResultRow row) {
    scores.computeIfAbsent(row.modelId(), k -> DoubleStream.builder()).add(row.score());
    Map<String, DoubleStream.Builder> byMetric =
        metrics.computeIfAbsent(row.modelId(), k -> new LinkedHashMap<>());
    row.metrics()
        .forEach((name, v) -> byMetric.computeIfAbsent(name, k -> DoubleStream.builder()).add(v));
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
     * The summaries with their intervals: every model that scored a sample gets its Avg's and each
     * of its metrics' (report.json's {@code ci95}); the others are left without.
     */
    public List<ModelSummary> applyTo(List<ModelSummary> summaries) {
      List<ModelSummary> out = new ArrayList<>(summaries.size());
      for (ModelSummary m : summaries) {
        Interval interval = avg.get(m.id());
        out.add(
            interval == null
                ? m
                : m.withIntervals(interval, metrics.getOrDefault(m.id(), Map.of())));
      }
      return out;
    }
  }
}
