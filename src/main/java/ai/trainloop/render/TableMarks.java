package ai.trainloop.render;

import ai.trainloop.stats.Interval;
import java.util.Map;

/**
 * What the tables show beside the aggregates: gate failures and confidence intervals.
 *
 * @param gateFailures model id to why it misses a gate ("avg 0.71 < 0.75"); the model is marked ✗
 *     in every table
 * @param avgInterval model id to its Avg's 95% interval, printed as {@code 0.85 ±0.04} when
 *     symmetric, else {@code 0.97 [0.91, 1.00]} ({@link ai.trainloop.format.Formats#score(Double,
 *     Interval)})
 * @param metricInterval model id to metric name to that metric's 95% interval
 */
public record TableMarks(
    Map<String, String> gateFailures,
    Map<String, Interval> avgInterval,
    Map<String, Map<String, Interval>> metricInterval) {
  public static final TableMarks NONE = new TableMarks(Map.of(), Map.of(), Map.of());

  public TableMarks {
    gateFailures = Map.copyOf(gateFailures);
    avgInterval = Map.copyOf(avgInterval);
    metricInterval = Map.copyOf(metricInterval);
  }
}
