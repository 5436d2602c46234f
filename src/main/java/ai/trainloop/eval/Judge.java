package ai.trainloop.eval;

/**
 * A panel of judge models ({@code trainloop.judge}) that a {@link JudgeMetric} asks about one
 * reply. Every call here is paid for, counted in the run's judge cost and in {@code --max-cost},
 * and sent through the run's limits, retries and time-outs.
 *
 * <p>An instance belongs to one evaluation (one metric on one sample); it is not shared between
 * threads.
 */
public interface Judge {

  /**
   * TrainLoop's {@code assert_true}: asks every judge model {@code calls_per_model_per_claim} times
   * about each claim (the claim put into {@code trainloop.judge.template}), pairs the i-th answer
   * about {@code yesClaim} with the i-th about {@code noClaim}, drops the pairs whose two answers
   * agree (the judge contradicted itself), and returns 1 when more answers call {@code yesClaim}
   * true than call {@code noClaim} true, else 0 (a tie is 0).
   *
   * <p>A verdict is read from the answer's {@code <result>} element only: its first word, matched
   * whole and case-insensitively ({@code true}, {@code yes}, {@code correct} are true; {@code
   * false}, {@code no}, {@code incorrect} are false); anything else is an abstention.
   *
   * @param yesClaim the claim that should hold for a pass, e.g. "The response greets the user."
   * @param noClaim its opposite, e.g. "The response does not greet the user."
   * @return 1 or 0
   * @throws JudgeException when every answer abstained or its call failed after its retries: the
   *     evaluation fails (it is not a 0)
   */
  int assertTrue(String yesClaim, String noClaim);

  /**
   * Asks every judge model {@code calls_per_model_per_claim} times to grade against {@code rubric}
   * on a scale of 1 to 5 (the answer's {@code <result>} holds the grade) and returns the mean grade
   * as 0..1: {@code (mean - 1) / 4}, so 1 is 0, 3 is 0.5 and 5 is 1.
   *
   * @param rubric what a good answer does, with the prompt and reply to grade in it
   * @throws JudgeException when no answer held a grade from 1 to 5
   */
  double grade(String rubric);

  /**
   * Asks which of two replies to one prompt answers {@code question} better, in both orders
   * (positions swapped, so a judge that prefers the first position cancels out), every judge model
   * {@code calls_per_model_per_claim} times per order.
   *
   * @param question e.g. "Which response is more helpful?"
   * @param prompt the prompt both replies answer
   * @param reply the reply being scored
   * @param other the reply it is compared with
   * @return the share of answers {@code reply} won, a tie counting half: 1, 0.5 or 0 per answer,
   *     averaged
   * @throws JudgeException when no answer named a winner or a tie
   */
  double compare(String question, String prompt, String reply, String other);
}
