package ai.trainloop.eval;

/**
 * A score with its reason, as a {@link ReasonedMetric} returns it.
 *
 * @param value 0..1
 * @param reason why, in a sentence or two; null for none
 */
public record Score(double value, String reason) {
  /** A score without a reason. */
  public static Score of(double value) {
    return new Score(value, null);
  }
}
