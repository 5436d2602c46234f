package ai.trainloop.results;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds {@link ResultRow}s for tests. */
public final class TestRows {
  private TestRows() {}

  /** A successful call scored by one metric, {@code quality}, with {@code score}. */
  public static ResultRow ok(
      String sample, String model, double score, long latencyMs, long in, long out, String cost) {
    return ok(sample, model, Map.of("quality", score), latencyMs, in, out, cost);
  }

  /** A successful call; its score is the mean of {@code metrics}. */
  public static ResultRow ok(
      String sample,
      String model,
      Map<String, Double> metrics,
      long latencyMs,
      long in,
      long out,
      String cost) {
    double mean = metrics.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    return ResultRow.builder()
        .sampleId(sample)
        .tag("greeting-generation")
        .modelId(model)
        .score(mean)
        .metrics(new LinkedHashMap<>(metrics))
        .latencyMs(latencyMs)
        .inputTokens(in)
        .outputTokens(out)
        .costUsd(cost == null ? null : new BigDecimal(cost))
        .attempts(1)
        .waitMs(0)
        .response("Hello " + sample)
        .build();
  }

  /** A call that failed after {@code attempts} attempts. */
  public static ResultRow failed(String sample, String model, int attempts, long waitMs) {
    return ResultRow.builder()
        .sampleId(sample)
        .tag("greeting-generation")
        .modelId(model)
        .error("HTTP 500 from provider")
        .attempts(attempts)
        .waitMs(waitMs)
        .build();
  }
}
