package ai.trainloop.aggregate;

import ai.trainloop.config.RepeatReducer;
import ai.trainloop.results.ModelRef;
import ai.trainloop.results.ModelStatus;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.ResultsJsonlReader;
import ai.trainloop.results.SampleRows;
import ai.trainloop.results.TagSummary;
import ai.trainloop.stats.Bootstrap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.DoubleStream;

/**
 * Each model's figures tag by tag ({@code by_tag}), read from results.jsonl in one pass: the same
 * accumulator as the overall figures for each model and tag, and the same seeded bootstrap for the
 * intervals, so a tag's figures follow exactly the overall rules: a sample counts once, its repeats
 * reduced by the run's {@link RepeatReducer}.
 */
public final class TagBreakdown {
  private final Map<String, Map<String, ModelAccumulator>> sums = new LinkedHashMap<>();
  private final Map<String, Map<String, DoubleStream.Builder>> scores = new LinkedHashMap<>();
  private final Map<String, Map<String, Map<String, DoubleStream.Builder>>> metricScores =
      new LinkedHashMap<>();

  private final RepeatReducer reducer;
  private final SampleRows repeated;
  private boolean folded;

  TagBreakdown(RepeatReducer reducer) {
    this.reducer = reducer;
    this.repeated = new SampleRows(reducer);
  }

  /** The figures of {@code resultsJsonl}, each sample's repeats reduced by {@code reducer}. */
  public static TagBreakdown read(Path resultsJsonl, RepeatReducer reducer) throws IOException {
    TagBreakdown b = new TagBreakdown(reducer);
    ResultsJsonlReader.forEach(resultsJsonl, b::add);
    return b;
  }

  void add(ResultRow row) {
    String tag = row.tag() == null ? "" : row.tag();
    ModelRef ref = new ModelRef(row.modelId(), null, null);
    sums.computeIfAbsent(row.modelId(), k -> new TreeMap<>())
        .computeIfAbsent(tag, k -> new ModelAccumulator(ref, reducer))
        .add(row.withoutResponse());
    if (row.repeat() == null) {
      addScores(row);
    } else if (row.ok()) {
      repeated.add(row); // the interval takes the sample's reduced scores, once all are in
    }
  }

  private void addScores(ResultRow row) {
    String tag = row.tag() == null ? "" : row.tag();
    if (row.ok() && row.score() != null) {
      scores
          .computeIfAbsent(row.modelId(), k -> new TreeMap<>())
          .computeIfAbsent(tag, k -> DoubleStream.builder())
          .add(row.score());
    }
    if (row.ok()) {
      Map<String, DoubleStream.Builder> byMetric =
          metricScores
              .computeIfAbsent(row.modelId(), k -> new TreeMap<>())
              .computeIfAbsent(tag, k -> new LinkedHashMap<>());
      row.metrics()
          .forEach(
              (name, v) -> {
                if (v != null && !row.metricErrors().containsKey(name)) {
                  byMetric.computeIfAbsent(name, k -> DoubleStream.builder()).add(v);
                }
              });
    }
  }

  /** Model id to tag (sorted) to its figures. */
  public Map<String, Map<String, TagSummary>> compute() {
    if (!folded) {
      folded = true;
      repeated.rows().forEach(this::addScores);
    }
    Bootstrap bootstrap = new Bootstrap();
    Map<String, Map<String, TagSummary>> out = new LinkedHashMap<>();
    sums.forEach(
        (model, byTag) -> {
          Map<String, TagSummary> tags = new TreeMap<>();
          byTag.forEach(
              (tag, acc) -> {
                ModelSummary s = acc.summarize(ModelStatus.ok(null, null));
                DoubleStream.Builder b = scores.getOrDefault(model, Map.of()).get(tag);
                ModelSummary.Score score =
                    b == null
                        ? s.score()
                        : s.score().withCi95(bootstrap.meanInterval(b.build().toArray()));
                Map<String, ModelSummary.MetricStats> metrics = new TreeMap<>();
                Map<String, DoubleStream.Builder> ms =
                    metricScores.getOrDefault(model, Map.of()).getOrDefault(tag, Map.of());
                s.metrics()
                    .forEach(
                        (name, st) -> {
                          DoubleStream.Builder mb = ms.get(name);
                          metrics.put(
                              name,
                              mb == null
                                  ? st
                                  : st.withCi95(bootstrap.meanInterval(mb.build().toArray())));
                        });
                tags.put(
                    tag,
                    new TagSummary(
                        s.samples(),
                        s.errors(),
                        score,
                        metrics,
                        s.cost().total(),
                        s.latency().p50(),
                        s.latency().p95()));
              });
          out.put(model, tags);
        });
    return out;
  }

  /** The summaries with their {@code by_tag} figures. */
  public List<ModelSummary> applyTo(List<ModelSummary> summaries) {
    Map<String, Map<String, TagSummary>> all = compute();
    List<ModelSummary> out = new ArrayList<>(summaries.size());
    for (ModelSummary m : summaries) {
      out.add(m.withByTag(all.getOrDefault(m.id(), Map.of())));
    }
    return out;
  }
}
