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
 * @param source whether it was called, is the {@code recorded} row, or has no result at all
 * @param avgScore the Avg score over the samples scored; null when no sample was scored
 * @param metricScores metric name to its mean score (config order); a metric that scored nothing is
 *     absent
 * @param costPer1kTokens USD per 1K tokens; null when the cost is unknown
 * @param meanLatencyMs mean response time of the successful calls; null when none succeeded
 * @param p95LatencyMs 95th percentile response time; null when none succeeded
 * @param errorRate errors ÷ calls; null when unknown (the recorded row, or no call)
 * @param speedMs the time the decision matrix's speed weighs: the mean response time, or the median
 *     time to first token under {@code speed_measure: ttft}; null when unknown
 * @param speedUnknown why {@code speedMs} is unknown when that is not "no successful call"; null
 *     otherwise
 */
public record ModelFigures(
    String id,
    Source source,
    Double avgScore,
    Map<String, Double> metricScores,
    BigDecimal costPer1kTokens,
    Double meanLatencyMs,
    Double p95LatencyMs,
    Double errorRate,
    Double speedMs,
    String speedUnknown) {

  /** Where a model's figures come from. */
  public enum Source {
    /** A model that was called and has results. */
    CALLED,
    /** The {@code recorded} row: replayed replies, never called, no cost or speed. */
    RECORDED,
    /** A model without any result (skipped, or every call failed). */
    NO_RESULTS
  }

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  /** Figures whose speed is their mean response time. */
  public ModelFigures(
      String id,
      Source source,
      Double avgScore,
      Map<String, Double> metricScores,
      BigDecimal costPer1kTokens,
      Double meanLatencyMs,
      Double p95LatencyMs,
      Double errorRate) {
    this(
        id,
        source,
        avgScore,
        metricScores,
        costPer1kTokens,
        meanLatencyMs,
        p95LatencyMs,
        errorRate,
        meanLatencyMs,
        null);
  }

  /**
   * These figures with another time for speed ({@code speed_measure: ttft}), and why it is unknown
   * when it is.
   */
  public ModelFigures withSpeed(Double ms, String unknown) {
    return new ModelFigures(
        id,
        source,
        avgScore,
        metricScores,
        costPer1kTokens,
        meanLatencyMs,
        p95LatencyMs,
        errorRate,
        ms,
        ms == null ? unknown : null);
  }

  public ModelFigures {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    metricScores =
        metricScores == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(metricScores));
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
        Source.CALLED,
        avgScore,
        metricScores,
        costPer1kTokens,
        meanLatencyMs,
        p95LatencyMs,
        null);
  }

  /** The recorded row: scores only. */
  public static ModelFigures recordedRow(
      String id, Double avgScore, Map<String, Double> metricScores) {
    return new ModelFigures(id, Source.RECORDED, avgScore, metricScores, null, null, null, null);
  }

  /** A model without any result (skipped or every call failed). */
  public static ModelFigures withoutResults(String id) {
    return new ModelFigures(id, Source.NO_RESULTS, null, Map.of(), null, null, null, null);
  }

  /** These figures with the model's error rate. */
  public ModelFigures withErrorRate(Double rate) {
    return new ModelFigures(
        id,
        source,
        avgScore,
        metricScores,
        costPer1kTokens,
        meanLatencyMs,
        p95LatencyMs,
        rate,
        speedMs,
        speedUnknown);
  }

  /**
   * These figures with the quality (Avg and metric scores) taken over other samples (those common
   * to models).
   */
  public ModelFigures withQuality(Double avg, Map<String, Double> metrics) {
    return new ModelFigures(
        id,
        source,
        avg,
        metrics,
        costPer1kTokens,
        meanLatencyMs,
        p95LatencyMs,
        errorRate,
        speedMs,
        speedUnknown);
  }

  /** False when the model has no result at all (skipped, or every call failed). */
  public boolean hasResults() {
    return source != Source.NO_RESULTS;
  }

  /** True for the {@code recorded} row: replayed replies, never called, no cost or speed. */
  public boolean recorded() {
    return source == Source.RECORDED;
  }

  /** USD per token (per 1K tokens ÷ 1000); null when the cost is unknown. */
  public BigDecimal costPerToken() {
    return costPer1kTokens == null
        ? null
        : costPer1kTokens.divide(THOUSAND, MathContext.DECIMAL128);
  }

  /**
   * Whether this model can be chosen: it was called and has results (the recorded row never is).
   */
  public boolean candidate() {
    return source == Source.CALLED;
  }
}
