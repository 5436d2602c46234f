package ai.trainloop.eval;

/**
 * A metric that asks the judge models: put a class implementing this interface in {@code
 * eval/metrics/}, as for {@link Metric}. It is named, created and called as a {@link Metric} is,
 * from many threads at once; each call gets its own {@link Judge}.
 *
 * <pre>{@code
 * public class IsPolite implements JudgeMetric {
 *   public double score(Sample sample, Judge judge) {
 *     return judge.assertTrue(
 *         "This reply is polite: " + sample.output(), "This reply is rude: " + sample.output());
 *   }
 * }
 * }</pre>
 *
 * <p>Without a judge key the run says so before its first call and leaves judge metrics out. Its
 * time limit is {@code eval.metric_timeout} plus {@value Scorer#JUDGE_ALLOWANCE_MINUTES} minutes
 * for the judge's calls.
 */
@FunctionalInterface
public interface JudgeMetric {
  /**
   * @return 0..1, as {@link Metric#score}
   * @throws Exception any failure, a {@link JudgeException} included: the evaluation fails (it is
   *     not a 0)
   */
  double score(Sample sample, Judge judge) throws Exception;
}
