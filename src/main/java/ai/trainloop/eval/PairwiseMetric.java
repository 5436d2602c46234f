package ai.trainloop.eval;

import java.util.Objects;

/**
 * A {@code judge_pairwise} metric: the judge compares this model's reply with another reply to the
 * same prompt, in both orders (see {@link Judge#compare}); its mean over samples is the model's win
 * rate against {@link #against()}. Against {@code recorded} it compares with production's reply;
 * against a model of the run, with that model's reply to the sample, once the run has it ({@link
 * Scorer#awaits}). A model is not compared with itself: the metric leaves its replies out.
 */
public final class PairwiseMetric implements Metric {
  /** {@code against: recorded}: production's reply. */
  public static final String RECORDED = "recorded";

  private final String against;
  private final String question;

  /**
   * @param against {@value #RECORDED} or a model's id as the tables show it
   * @param question what to compare, e.g. "Which response is more helpful?"
   */
  public PairwiseMetric(String against, String question) {
    this.against = Objects.requireNonNull(against, "against");
    this.question = Objects.requireNonNull(question, "question");
  }

  /** {@value #RECORDED} or the id of the model compared with. */
  public String against() {
    return against;
  }

  public String question() {
    return question;
  }

  /** Whether it compares with another model of the run (not with production's reply). */
  public boolean againstModel() {
    return !RECORDED.equals(against);
  }

  /** The same comparison against {@code model} (the configured entry's id, once resolved). */
  public PairwiseMetric against(String model) {
    return new PairwiseMetric(model, question);
  }

  /**
   * Compares {@code sample}'s reply with {@code other} (the recorded reply, or the other model's).
   */
  Score evaluate(Sample sample, Judge judge, String other) {
    return Score.of(
        judge.compare(question, JudgePrompts.inputText(sample), sample.output(), other));
  }

  /**
   * Always fails: a pairwise metric is evaluated by the scorer, with a judge and the other reply.
   *
   * @throws JudgeException always
   */
  @Override
  public double score(Sample sample) {
    throw new JudgeException("this metric needs a judge; it is scored with one by the run");
  }
}
