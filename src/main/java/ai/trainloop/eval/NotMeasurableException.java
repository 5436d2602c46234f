package ai.trainloop.eval;

/**
 * Thrown by a metric when the sample does not carry what it judges (a cached reply's latency, an
 * unknown cost): the evaluation fails with {@code "not measurable: <why>"} as its reason, left out
 * of the metric's score like any failed evaluation, never a 0 or a 1.
 */
public class NotMeasurableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param why what is missing, e.g. "this reply's latency is not this run's"
   */
  public NotMeasurableException(String why) {
    super("not measurable: " + why);
  }
}
