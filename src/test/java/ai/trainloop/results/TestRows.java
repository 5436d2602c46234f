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
    return new ResultRow(
        sample,
        "greeting-generation",
        model,
        mean,
        new LinkedHashMap<>(metrics),
        Map.of(),
        latencyMs,
        in,
        out,
        null,
        null,
        cost == null ? null : new BigDecimal(cost),
        null,
        1,
        0,
        "Hello " + sample);
  }

  /** A call that failed after {@code attempts} attempts. */
  public static ResultRow failed(String sample, String model, int attempts, long waitMs) {
    return new ResultRow(
        sample,
        "greeting-generation",
        model,
        null,
        Map.of(),
        Map.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        "HTTP 500 from provider",
        attempts,
        waitMs,
        null);
  }
}
