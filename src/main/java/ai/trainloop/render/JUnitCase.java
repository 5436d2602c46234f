package ai.trainloop.render;

/**
 * One test case of the JUnit XML report.
 *
 * @param classname the model id
 * @param name "Avg", a metric name, "cost/sample", "latency p50", "gate: NAME" or "coverage"
 * @param outcome passed, failed (regression or missed gate), error (model failed) or skipped (model
 *     skipped)
 * @param message one line for the failure/error/skipped element; null when passed
 * @param detail longer text for the element body; may be null
 */
public record JUnitCase(
    String classname, String name, Outcome outcome, String message, String detail) {

  /** What a test case reports. */
  public enum Outcome {
    PASSED,
    FAILED,
    ERROR,
    SKIPPED
  }

  static JUnitCase passed(String classname, String name) {
    return new JUnitCase(classname, name, Outcome.PASSED, null, null);
  }
}
