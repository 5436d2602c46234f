package ai.trainloop.report.studio;

import ai.trainloop.eval.Message;
import ai.trainloop.report.ResultRow;
import java.util.List;

/**
 * One benchmarked prompt with every model's outcome.
 *
 * @param id             the sample id
 * @param tag            its tag
 * @param input          the recorded prompt's messages (empty when samples.jsonl is missing)
 * @param recordedOutput the reply recorded in production, or null
 * @param recordedModel  the model that produced it, or null
 * @param results        one entry per model of the run's index, in its order; null where that model has no result
 */
record IndexedSample(
    String id,
    String tag,
    List<Message> input,
    String recordedOutput,
    String recordedModel,
    List<ResultRow> results) {

  /** One line of samples.jsonl, as the runner writes it before the first call. */
  record Line(
      String sampleId, String tag, List<Message> input, String recordedOutput, String recordedModel) {}
}
