package ai.trainloop.eval;

/**
 * One metric's verdict on one sample: a score, or a failure with its reason. A failed evaluation is
 * not a score of 0: it is left out of the metric's average and pass rate and out of the sample's
 * score.
 *
 * @param metric the metric's name
 * @param score 0..1; NaN when the evaluation failed
 * @param error why the evaluation failed (what the metric threw or returned, a time-out), else null
 * @param reason why the metric gave its score (a {@link ReasonedMetric}'s reason, a judge's
 *     verdicts), else null
 */
public record MetricScore(String metric, double score, String error, String reason) {

  /** A score or failure without a reason. */
  public MetricScore(String metric, double score, String error) {
    this(metric, score, error, null);
  }

  /** A failed evaluation of {@code metric}: no score, only the reason. */
  public static MetricScore failure(String metric, String reason) {
    return new MetricScore(metric, Double.NaN, reason);
  }

  /** Whether this evaluation failed (then {@link #score()} is NaN and means nothing). */
  public boolean failed() {
    return error != null;
  }
}
