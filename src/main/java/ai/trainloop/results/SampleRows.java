package ai.trainloop.results;

import ai.trainloop.config.RepeatReducer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A run's rows folded to one per (model, sample), so that every figure computed over samples
 * (intervals, paired tests, A/B, ties, history) counts a sample once however many times it was
 * called: a sample's repeats become one row by the run's {@link RepeatReducer}, as its Avg does.
 *
 * <p>The folded row of a sample is its only row when it has one (unchanged); otherwise it is ok
 * when any repeat succeeded, with the reduced score over the scored repeats, each metric reduced
 * over the repeats it worked on, a metric error only for a metric that failed on every successful
 * repeat, and the mean production cost ({@link ResultRow#productionCostUsd}: a cached reply at what
 * it cost when made) and latency per call of the successful repeats (a cached reply's latency left
 * out); a folded row is not marked cached. A sample whose every repeat failed folds to its first
 * error. A failed repeat is never a score of 0. Not thread-safe.
 */
public final class SampleRows {
  private final RepeatReducer reducer;
  private final boolean keepReplies;
  private final Map<String, Map<String, List<ResultRow>>> byModel = new LinkedHashMap<>();

  /** Folds by {@code reducer} (null: the mean), without the rows' reply texts. */
  public SampleRows(RepeatReducer reducer) {
    this(reducer, false);
  }

  private SampleRows(RepeatReducer reducer, boolean keepReplies) {
    this.reducer = reducer == null ? RepeatReducer.MEAN : reducer;
    this.keepReplies = keepReplies;
  }

  /**
   * Folds keeping the reply texts: a folded row shows the reply of its sample's first successful
   * repeat (the Studio's side-by-side view).
   */
  public static SampleRows keepingReplies(RepeatReducer reducer) {
    return new SampleRows(reducer, true);
  }

  /** {@code rows} folded to one per (model, sample), in first-seen order. */
  public static List<ResultRow> fold(Iterable<ResultRow> rows, RepeatReducer reducer) {
    SampleRows folded = new SampleRows(reducer);
    rows.forEach(folded::add);
    return folded.rows();
  }

  /** Keeps {@code row} (without its reply text). */
  public void add(ResultRow row) {
    byModel
        .computeIfAbsent(row.modelId(), k -> new LinkedHashMap<>())
        .computeIfAbsent(row.sampleId(), k -> new ArrayList<>(1))
        .add(keepReplies || row.response() == null ? row : row.withoutResponse());
  }

  /** One row per (model, sample), models and samples in first-seen order. */
  public List<ResultRow> rows() {
    List<ResultRow> out = new ArrayList<>();
    byModel.values().forEach(samples -> samples.values().forEach(r -> out.add(reduce(r))));
    return out;
  }

  /** One row per sample of {@code modelId}, in first-seen order; empty when it has none. */
  public List<ResultRow> rowsOf(String modelId) {
    List<ResultRow> out = new ArrayList<>();
    byModel.getOrDefault(modelId, Map.of()).values().forEach(r -> out.add(reduce(r)));
    return out;
  }

  /** The one row standing for a sample's {@code repeats} (at least one). */
  ResultRow reduce(List<ResultRow> repeats) {
    if (repeats.size() == 1) {
      return repeats.get(0);
    }
    List<ResultRow> ok = repeats.stream().filter(ResultRow::ok).toList();
    if (ok.isEmpty()) {
      return repeats.get(0).toBuilder().repeat(null).build();
    }
    List<Double> scores = ok.stream().map(ResultRow::score).filter(Objects::nonNull).toList();
    Map<String, List<Double>> perMetric = new TreeMap<>();
    Map<String, String> failures = new TreeMap<>();
    for (ResultRow r : ok) {
      r.metrics()
          .forEach(
              (name, v) -> {
                if (v != null && !r.metricErrors().containsKey(name)) {
                  perMetric.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
                }
              });
      r.metricErrors().forEach(failures::putIfAbsent);
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    perMetric.forEach((name, values) -> metrics.put(name, reducer.reduce(values)));
    Map<String, String> metricErrors = new LinkedHashMap<>();
    failures.forEach(
        (name, why) -> {
          if (!metrics.containsKey(name)) {
            metricErrors.put(name, why);
          }
        });
    return ok.get(0).toBuilder()
        .score(reducer.reduce(scores))
        .metrics(metrics)
        .metricErrors(metricErrors)
        .costUsd(meanCost(ok))
        .cached(false)
        .savedUsd(null)
        .latencyMs(meanLatency(ok))
        .repeat(null)
        .build();
  }

  private static BigDecimal meanCost(List<ResultRow> ok) {
    List<BigDecimal> costs =
        ok.stream().map(ResultRow::productionCostUsd).filter(Objects::nonNull).toList();
    if (costs.size() < ok.size()) {
      return null; // a repeat of unknown cost: the sample's cost per call is unknown
    }
    return costs.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(costs.size()), MathContext.DECIMAL64);
  }

  private static Long meanLatency(List<ResultRow> ok) {
    long[] measured =
        ok.stream()
            .filter(r -> !r.cached() && r.latencyMs() != null)
            .mapToLong(ResultRow::latencyMs)
            .toArray();
    if (measured.length == 0) {
      return null;
    }
    long sum = 0;
    for (long v : measured) {
      sum += v;
    }
    return Math.round((double) sum / measured.length);
  }
}
