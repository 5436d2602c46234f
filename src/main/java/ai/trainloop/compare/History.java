package ai.trainloop.compare;

import ai.trainloop.stats.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Past runs as a time series, oldest first ({@code trainloop history}).
 *
 * @param query the filters applied
 * @param alpha significance level of the change arrows
 * @param runs runs left after filtering, oldest first
 * @param skipped report files that could not be read, with why (they do not stop the listing)
 */
public record History(HistoryQuery query, double alpha, List<Run> runs, List<Skipped> skipped) {
  public History {
    runs = List.copyOf(runs);
    skipped = List.copyOf(skipped);
  }

  /**
   * One run.
   *
   * @param runId run_id
   * @param startedAt started_at, or null when the report has none
   * @param complete false when the run was interrupted or stopped by its budget
   * @param models one point per model shown, in the run's order
   */
  public record Run(String runId, Instant startedAt, boolean complete, List<Point> models) {
    public Run {
      models = List.copyOf(models);
    }
  }

  /**
   * One model in one run, over the samples the query selects.
   *
   * @param modelId the model
   * @param samples samples scored
   * @param errors samples whose call failed
   * @param mean Avg over the scored samples (NaN if none)
   * @param ci95 95% bootstrap interval of Avg
   * @param costUsd total cost of the known costs; null when no cost is known
   * @param costPerSample {@code costUsd} / samples scored; null when unknown
   * @param latencyP95Ms nearest-rank p95 of the successful calls' latency; NaN if none
   * @param change change from the previous run of this model shown; null for its first run
   */
  public record Point(
      String modelId,
      int samples,
      int errors,
      double mean,
      Interval ci95,
      BigDecimal costUsd,
      BigDecimal costPerSample,
      double latencyP95Ms,
      Change change) {}

  /**
   * A change of Avg from the previous run of the same model.
   *
   * @param previousRunId the run compared with
   * @param delta Avg now − Avg then (paired: on common samples; else over all scored samples)
   * @param pValue two-sided p-value (paired test on common samples, else Mann-Whitney on the
   *     scores)
   * @param method the test used
   * @param paired samples common to both runs (0 when the unpaired test was used)
   * @param significant {@code pValue < alpha}: an arrow is shown
   */
  public record Change(
      String previousRunId,
      double delta,
      double pValue,
      String method,
      int paired,
      boolean significant) {
    /** "up", "down", or null when not significant. */
    public String direction() {
      return !significant ? null : delta > 0 ? "up" : "down";
    }
  }

  /**
   * A report that was left out.
   *
   * @param file the report.json
   * @param reason the reading error
   */
  public record Skipped(String file, String reason) {}
}
