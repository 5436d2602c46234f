package ai.trainloop.report;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One (sample, model) outcome as it is written to results.jsonl and report.json.
 *
 * @param sampleId     the recorded prompt's id
 * @param tag          its tag
 * @param modelId      the model's id as the tables show it
 * @param score        mean of the sample's metric scores; null when the call failed
 * @param metrics      metric name to score (insertion-ordered); empty when the call failed
 * @param metricErrors metric name to the message of the exception it threw (only metrics that threw)
 * @param latencyMs    wall-clock time of the successful attempt; null when the call failed
 * @param inputTokens  as reported; null when unknown
 * @param outputTokens as reported; null when unknown
 * @param costUsd      exact cost; null when unknown (no price, no usage, or cost tracking off)
 * @param error        why the call failed; null on success
 * @param attempts     attempts made (1 when the first succeeded)
 * @param waitMs       time spent waiting before retries and for rate limits
 * @param response     the reply text (results.jsonl only; null in report.json)
 */
public record ResultRow(
    String sampleId,
    String tag,
    String modelId,
    Double score,
    Map<String, Double> metrics,
    Map<String, String> metricErrors,
    Long latencyMs,
    Long inputTokens,
    Long outputTokens,
    BigDecimal costUsd,
    String error,
    int attempts,
    long waitMs,
    String response) {

  public boolean ok() {
    return error == null;
  }
}
