package ai.trainloop.decide;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What model selection needs to know about one benchmarked model, taken from the run's aggregates.
 *
 * @param id the model's id as the tables show it
 * @param hasResults false when the model has no result at all (skipped, or every call failed)
 * @param recorded true for the {@code recorded} row: replayed replies, never called, no cost or
 *     speed
 * @param avgScore the Avg score over the samples scored; null when no sample was scored
 * @param metricScores metric name to its mean score (config order); a metric that scored nothing is
 *     absent
 * @param costPerToken USD per token (total cost ÷ total tokens); null when the cost is unknown
 * @param costPer1kTokens USD per 1K tokens; null when the cost is unknown (derived from
 *     costPerToken when null)
 * @param meanLatencyMs mean response time of the successful calls; null when none succeeded
 * @param p95LatencyMs 95th percentile response time; null when none succeeded
 * @param errorRate errors ÷ calls; null when unknown (the recorded row, or no call)
 */
public record ModelFigures(
    String id,
    boolean hasResults,
    boolean recorded,
    Double avgScore,
    Map<String, Double> metricScores,
    BigDecimal costPerToken,
    BigDecimal costPer1kTokens,
    Double meanLatencyMs,
    Double p95LatencyMs,
    Double errorRate) {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  /** Figures without an error rate. */
  public ModelFigures(
      String id,
      boolean hasResults,
      boolean recorded,
      Double avgScore,
      Map<String, Double> metricScores,
      BigDecimal costPerToken,
      BigDecimal costPer1kTokens,
      Double meanLatencyMs,
      Double p95LatencyMs) {
    this(
        id,
        hasResults,
        recorded,
        avgScore,
        metricScores,
        costPerToken,
        costPer1kTokens,
        meanLatencyMs,
        p95LatencyMs,
        null);
  }

  /** These figures with the model's error rate. */
  public ModelFigures withErrorRate(Double rate) {
    return new ModelFigures(
        id,
        hasResults,
        recorded,
        avgScore,
        metricScores,
        costPerToken,
        costPer1kTokens,
        meanLatencyMs,
        p95LatencyMs,
        rate);
  }

  /**
   * These figures with the quality (Avg and metric scores) taken over other samples (those common
   * to models).
   */
  public ModelFigures withQuality(Double avg, Map<String, Double> metrics) {
    return new ModelFigures(
        id,
        hasResults,
        recorded,
        avg,
        metrics,
        costPerToken,
        costPer1kTokens,
        meanLatencyMs,
        p95LatencyMs,
        errorRate);
  }

  public ModelFigures {
    Objects.requireNonNull(id, "id");
    metricScores =
        metricScores == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(metricScores));
    if (costPer1kTokens == null && costPerToken != null) {
      costPer1kTokens = costPerToken.multiply(THOUSAND);
    }
    if (costPerToken == null && costPer1kTokens != null) {
      costPerToken = costPer1kTokens.divide(THOUSAND, MathContext.DECIMAL128);
    }
  }

  /** A called model with results. */
  public static ModelFigures of(
      String id,
      Double avgScore,
      Map<String, Double> metricScores,
      BigDecimal costPer1kTokens,
      Double meanLatencyMs,
      Double p95LatencyMs) {
    return new ModelFigures(
        id,
        true,
        false,
        avgScore,
        metricScores,
        null,
        costPer1kTokens,
        meanLatencyMs,
        p95LatencyMs);
  }

  /** The recorded row: scores only. */
  public static ModelFigures recordedRow(
      String id, Double avgScore, Map<String, Double> metricScores) {
    return new ModelFigures(id, true, true, avgScore, metricScores, null, null, null, null);
  }

  /** A model without any result (skipped or every call failed). */
  public static ModelFigures withoutResults(String id) {
    return new ModelFigures(id, false, false, null, Map.of(), null, null, null, null);
  }

  /**
   * Whether this model can be chosen: it was called and has results (the recorded row never is).
   */
  public boolean candidate() {
    return hasResults && !recorded;
  }
}
