package ai.trainloop.eval;

import java.util.Objects;

/**
 * A metric that needs the judge, or gives reasons, in the shape the {@link Scorer} holds every
 * metric: {@link JudgeMetric} and {@link ReasonedMetric} classes and the built-in judge types are
 * kept as one of these. The scorer calls {@link #evaluate} with a fresh {@link Judge}; {@link
 * #score} alone cannot judge.
 */
public final class JudgedMetric implements Metric {
  private final ReasonedMetric metric;
  private final Class<?> origin;
  private final boolean needsJudge;

  private JudgedMetric(ReasonedMetric metric, Class<?> origin, boolean needsJudge) {
    this.metric = Objects.requireNonNull(metric, "metric");
    this.origin = Objects.requireNonNull(origin, "origin");
    this.needsJudge = needsJudge;
  }

  /** A metric that asks the judge. */
  public static JudgedMetric of(JudgeMetric metric) {
    return new JudgedMetric((s, j) -> Score.of(metric.score(s, j)), metric.getClass(), true);
  }

  /**
   * A metric with reasons; {@code needsJudge} says whether it always asks the judge (built-in judge
   * types do; a user's {@link ReasonedMetric} may not, and is evaluated even without a judge, whose
   * every question then fails).
   */
  public static JudgedMetric of(ReasonedMetric metric, boolean needsJudge) {
    return new JudgedMetric(metric, metric.getClass(), needsJudge);
  }

  /** Evaluates with {@code judge}. */
  public Score evaluate(Sample sample, Judge judge) throws Exception {
    return metric.evaluate(sample, judge);
  }

  /** Whether it asks the judge (it is left out of a run without one). */
  public boolean needsJudge() {
    return needsJudge;
  }

  /** The class that implements it, for messages that name a metric from its class. */
  public Class<?> origin() {
    return origin;
  }

  /**
   * Always fails: a judged metric is evaluated by the scorer, with a judge.
   *
   * @throws JudgeException always
   */
  @Override
  public double score(Sample sample) {
    throw new JudgeException("this metric needs a judge; it is scored with one by the run");
  }
}
