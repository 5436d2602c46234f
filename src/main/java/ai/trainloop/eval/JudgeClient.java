package ai.trainloop.eval;

import java.util.List;

/**
 * Sends judge prompts to judge models: the run's judge lanes implement it (limits, retries,
 * time-outs, the budget). Thread-safe.
 */
public interface JudgeClient {
  /**
   * Asks every query, at once where the limits allow, and waits for all of them.
   *
   * @return one reply per query, in order; a call that failed after its retries, or was not sent
   *     (the run stopped, the budget ran out), is a reply with an error, never an exception
   */
  List<JudgeReply> ask(List<JudgeQuery> queries);

  /**
   * One judge call.
   *
   * @param judgeId the judge model's id ({@code openai/gpt-4o} or its label)
   * @param prompt the whole prompt, sent as one user message
   * @param sampleId the sample being judged
   * @param modelId the candidate model whose reply is judged (its judge cost is counted to it)
   * @param metric the metric asking
   * @param repeat which call of identical ones this is, from 0 (the judged reply's repeat times the
   *     calls per claim, plus this call's index among them): part of the response cache's key, so
   *     that identical questions are each sent, not read back from the first one's reply
   */
  record JudgeQuery(
      String judgeId, String prompt, String sampleId, String modelId, String metric, int repeat) {
    /** A question asked once: its only call, of a sample without repeats. */
    public JudgeQuery(
        String judgeId, String prompt, String sampleId, String modelId, String metric) {
      this(judgeId, prompt, sampleId, modelId, metric, 0);
    }
  }

  /**
   * A judge's answer, or why there is none.
   *
   * @param text the answer; null on error
   * @param error why the call failed; null on success
   */
  record JudgeReply(String text, String error) {
    public static JudgeReply answer(String text) {
      return new JudgeReply(text == null ? "" : text, null);
    }

    public static JudgeReply failed(String error) {
      return new JudgeReply(null, error);
    }

    public boolean ok() {
      return error == null;
    }
  }
}
