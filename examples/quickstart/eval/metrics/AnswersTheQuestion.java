import ai.trainloop.eval.Judge;
import ai.trainloop.eval.JudgeMetric;
import ai.trainloop.eval.Sample;

/**
 * answers_the_question: the judge models (trainloop.judge) decide whether the reply answers the
 * question, TrainLoop's assert_true style: a claim and its opposite. Without a judge key the run
 * says so and leaves this metric out.
 */
public class AnswersTheQuestion implements JudgeMetric {
  @Override
  public double score(Sample sample, Judge judge) {
    String context =
        "\n\nQuestion:\n" + sample.lastUserMessage() + "\n\nResponse:\n" + sample.output();
    return judge.assertTrue(
        "The response answers the question directly and correctly." + context,
        "The response does not answer the question, or answers it wrongly." + context);
  }
}
