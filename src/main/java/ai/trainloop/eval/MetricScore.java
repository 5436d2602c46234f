package ai.trainloop.eval;

/**
 * One metric's verdict on one sample.
 *
 * @param metric the metric's name
 * @param score  0..1 (0 when the metric threw)
 * @param error  the exception's message when the metric threw, else null
 */
public record MetricScore(String metric, double score, String error) {}
