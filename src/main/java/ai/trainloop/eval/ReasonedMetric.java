package ai.trainloop.eval;

/**
 * A metric that gives a reason with its score: put a class implementing this interface in {@code
 * eval/metrics/}, as for {@link Metric}. The reason goes to results.jsonl ({@code reasons:
 * {<metric>: text}}) and to the Studio's sample view. A metric that does not ask the judge ignores
 * {@code judge}.
 */
@FunctionalInterface
public interface ReasonedMetric {
  /**
   * @return the score, 0..1 as {@link Metric#score}, and why
   * @throws Exception as {@link JudgeMetric#score}
   */
  Score evaluate(Sample sample, Judge judge) throws Exception;
}
