package ai.trainloop.results;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One model's figures over the samples of one tag (report.json's {@code models[].by_tag.<tag>}), by
 * the same rules as its overall figures: score figures over the scored samples of the tag (a failed
 * evaluation is left out, never a 0), the 95% interval by the same seeded bootstrap, the cost null
 * when any successful call's cost is unknown, latency over the tag's successful calls.
 *
 * @param samples calls of the tag that succeeded
 * @param errors calls of the tag that failed
 * @param score per-sample score figures, with {@code ci95}
 * @param metrics metric name to its figures over the tag's samples
 * @param costUsd exact sum of the tag's call costs; null when unknown
 * @param latencyP50 median latency in ms; null when none
 * @param latencyP95 95th percentile latency in ms; null when none
 */
public record TagSummary(
    long samples,
    long errors,
    ModelSummary.Score score,
    Map<String, ModelSummary.MetricStats> metrics,
    BigDecimal costUsd,
    Long latencyP50,
    Long latencyP95) {
  public TagSummary {
    metrics = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(metrics));
  }
}
