package ai.trainloop.aggregate;

import ai.trainloop.config.RepeatReducer;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One model's successful repeats, kept per sample until the run's figures are asked for: then each
 * sample's scores (overall, and per metric) are reduced to one by the {@link RepeatReducer}, so a
 * sample counts once however many times it was called. A failed repeat is not kept here (it is an
 * error, never a score of 0); a sample whose every repeat failed has no reduced score at all. Not
 * thread-safe: its {@link ModelAccumulator} locks it.
 */
final class RepeatScores {
  /** Sample id (sorted, so the figures do not depend on the order replies arrived in). */
  private final Map<String, List<Repeat>> bySample = new TreeMap<>();

  /** A successful call's scores: its overall score (null: unscored) and each metric that worked. */
  private record Repeat(Double score, Map<String, Double> metrics) {}

  /**
   * One sample's reduced scores.
   *
   * @param score the reduced overall score; null when no repeat was scored (the sample is unscored)
   * @param metrics each metric's reduced score, over the repeats it worked on
   */
  record Reduced(String sampleId, Double score, Map<String, Double> metrics) {}

  /** Every sample's reduced scores and how the repeats agreed. */
  record Result(List<Reduced> samples, ModelSummary.Consistency consistency) {}

  /** Keeps the scores of a successful call (a failed one is ignored). */
  void add(ResultRow row) {
    if (!row.ok()) {
      return;
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    row.metrics()
        .forEach(
            (name, value) -> {
              if (value != null && !row.metricErrors().containsKey(name)) {
                metrics.put(name, value);
              }
            });
    bySample
        .computeIfAbsent(row.sampleId(), k -> new ArrayList<>())
        .add(new Repeat(row.score(), metrics));
  }

  boolean isEmpty() {
    return bySample.isEmpty();
  }

  /**
   * The samples with a successful repeat, reduced by {@code reducer}. A sample is flaky when its
   * overall score differed between two of its scored repeats; consistency is the share of the
   * samples with at least two scored repeats that are not flaky (null when none has two).
   */
  Result reduce(RepeatReducer reducer) {
    List<Reduced> out = new ArrayList<>(bySample.size());
    List<String> flaky = new ArrayList<>();
    long comparable = 0;
    for (Map.Entry<String, List<Repeat>> e : bySample.entrySet()) {
      List<Double> scores = new ArrayList<>();
      Map<String, List<Double>> perMetric = new TreeMap<>();
      for (Repeat r : e.getValue()) {
        if (r.score() != null) {
          scores.add(r.score());
        }
        r.metrics()
            .forEach((name, v) -> perMetric.computeIfAbsent(name, k -> new ArrayList<>()).add(v));
      }
      if (scores.size() >= 2) {
        comparable++;
        if (scores.stream().distinct().count() > 1) {
          flaky.add(e.getKey());
        }
      }
      Map<String, Double> metrics = new LinkedHashMap<>();
      perMetric.forEach((name, values) -> metrics.put(name, reducer.reduce(values)));
      out.add(new Reduced(e.getKey(), reducer.reduce(scores), metrics));
    }
    Double consistency = comparable == 0 ? null : (double) (comparable - flaky.size()) / comparable;
    return new Result(out, new ModelSummary.Consistency(flaky, consistency));
  }
}
