package ai.trainloop.render;

import java.util.Map;

/**
 * What the tables show beside the aggregates: gate failures and confidence intervals.
 *
 * @param gateFailures model id to why it misses a gate ("avg 0.71 < 0.75"); the model is marked ✗
 *     in every table
 * @param avgHalfWidth model id to the half width of its Avg's 95% interval, printed as {@code 0.85
 *     ±0.04}
 * @param metricHalfWidth model id to metric name to the half width of that metric's 95% interval
 */
public record TableMarks(
    Map<String, String> gateFailures,
    Map<String, Double> avgHalfWidth,
    Map<String, Map<String, Double>> metricHalfWidth) {
  public static final TableMarks NONE = new TableMarks(Map.of(), Map.of(), Map.of());

  public TableMarks {
    gateFailures = Map.copyOf(gateFailures);
    avgHalfWidth = Map.copyOf(avgHalfWidth);
    metricHalfWidth = Map.copyOf(metricHalfWidth);
  }
}
