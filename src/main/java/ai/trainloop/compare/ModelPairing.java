package ai.trainloop.compare;

import ai.trainloop.results.ResultRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairs one model's rows of the baseline and the current run by sample id and applies the pairing
 * rules: a sample that failed now but not in the baseline scores 0 now (overall and on every metric
 * the baseline scored); a sample that failed in the baseline has no baseline score and is left out
 * (counted); a metric that threw now where the baseline scored it counts 0. Cost pairs need a known
 * cost on both sides; latencies come from the samples both runs answered. The score pairs are also
 * kept per tag (the baseline sample's tag; a sample's tag is part of its id).
 */
final class ModelPairing {
  final int paired;
  final int newErrors;
  final int erroredInBaseline;
  final int erroredInBoth;
  final Series score = new Series();
  final Map<String, Series> metrics = new LinkedHashMap<>();

  /** The pairs of {@link #score}, grouped by the sample's tag (sorted; "" when untagged). */
  final Map<String, Series> tags = new TreeMap<>();

  final Series cost = new Series();
  final Series latency = new Series();

  /** Two parallel lists of values: index i of both is one sample. */
  static final class Series {
    final List<Double> current = new ArrayList<>();
    final List<Double> baseline = new ArrayList<>();

    void add(double currentValue, double baselineValue) {
      current.add(currentValue);
      baseline.add(baselineValue);
    }

    double[] current() {
      return current.stream().mapToDouble(Double::doubleValue).toArray();
    }

    double[] baseline() {
      return baseline.stream().mapToDouble(Double::doubleValue).toArray();
    }
  }

  ModelPairing(List<ResultRow> currentRows, List<ResultRow> baselineRows) {
    Map<String, ResultRow> now = bySample(currentRows);
    int pairedCount = 0;
    int newErrorCount = 0;
    int baselineErrorCount = 0;
    int bothErrorCount = 0;
    for (ResultRow before : bySample(baselineRows).values()) {
      ResultRow after = now.get(before.sampleId());
      if (after == null) {
        continue;
      }
      if (!before.ok()) {
        if (after.ok()) {
          baselineErrorCount++;
        } else {
          bothErrorCount++;
        }
        continue;
      }
      if (before.score() == null) {
        continue;
      }
      pairedCount++;
      if (!after.ok()) {
        newErrorCount++;
      }
      pair(after, before);
    }
    paired = pairedCount;
    newErrors = newErrorCount;
    erroredInBaseline = baselineErrorCount;
    erroredInBoth = bothErrorCount;
  }

  private void pair(ResultRow after, ResultRow before) {
    boolean failedNow = !after.ok();
    // a call that failed now counts as 0 (a new error is a regression); an unscored sample (every
    // metric failed)
    // and a failed metric evaluation are not scores at all, so they are left out rather than read
    // as 0
    if (failedNow || after.score() != null) {
      double now = failedNow ? 0.0 : after.score();
      score.add(now, before.score());
      String tag = before.tag() == null ? "" : before.tag();
      tags.computeIfAbsent(tag, t -> new Series()).add(now, before.score());
    }
    for (Map.Entry<String, Double> metric : before.metrics().entrySet()) {
      if (before.metricErrors().containsKey(metric.getKey())) {
        continue;
      }
      Double value =
          failedNow
              ? Double.valueOf(0.0)
              : after.metricErrors().containsKey(metric.getKey())
                  ? null
                  : after.metrics().get(metric.getKey());
      if (value != null) {
        metrics.computeIfAbsent(metric.getKey(), k -> new Series()).add(value, metric.getValue());
      }
    }
    if (failedNow) {
      return;
    }
    // what production pays: a reply from the response cache at what it cost when it was made
    BigDecimal now = after.productionCostUsd();
    BigDecimal then = before.productionCostUsd();
    if (now != null && then != null) {
      cost.add(now.doubleValue(), then.doubleValue());
    }
    if (after.latencyMs() != null && before.latencyMs() != null) {
      latency.add(after.latencyMs(), before.latencyMs());
    }
  }

  /** The rows by sample id: one row per sample (repeats already reduced, {@code SampleRows}). */
  private static Map<String, ResultRow> bySample(List<ResultRow> rows) {
    Map<String, ResultRow> map = new LinkedHashMap<>();
    for (ResultRow r : rows) {
      if (map.putIfAbsent(r.sampleId(), r) != null) {
        throw new IllegalArgumentException(
            "two rows for sample " + r.sampleId() + ": fold a run's repeats before pairing it");
      }
    }
    return map;
  }
}
