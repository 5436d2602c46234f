package ai.trainloop.decide;

import ai.trainloop.results.ResultRow;
import ai.trainloop.stats.PairedTest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Known per-sample scores for the A/B and tie tests: model id to scores on samples s0, s1, .. */
final class Answers {
  private final Map<String, double[]> scores = new LinkedHashMap<>();
  private final Map<String, BigDecimal> costPerSample = new LinkedHashMap<>();

  /**
   * {@code model} passes (1) its first {@code passes} of {@code n} samples and fails (0) the rest.
   */
  Answers passes(String model, int passes, int n) {
    double[] s = new double[n];
    for (int i = 0; i < passes; i++) {
      s[i] = 1;
    }
    return scores(model, s);
  }

  Answers scores(String model, double... s) {
    scores.put(model, s);
    return this;
  }

  Answers price(String model, String usdPerSample) {
    costPerSample.put(model, new BigDecimal(usdPerSample));
    return this;
  }

  CommonSamples samples() {
    CommonSamples c = new CommonSamples();
    scores.forEach(
        (model, s) -> {
          for (int i = 0; i < s.length; i++) {
            c.add(
                ResultRow.builder()
                    .sampleId("s" + i)
                    .tag("qa")
                    .modelId(model)
                    .score(s[i])
                    .latencyMs(100L)
                    .attempts(1)
                    .build());
          }
        });
    return c;
  }

  Evidence evidence(String control) {
    return new Evidence(samples(), 0.05, costPerSample, control, new PairedTest());
  }

  /** Each model's figures: Avg = its mean score, no price per 1K tokens, 100 ms. */
  List<ModelFigures> figures() {
    return scores.entrySet().stream()
        .map(
            e ->
                ModelFigures.of(
                    e.getKey(),
                    java.util.Arrays.stream(e.getValue()).average().orElse(Double.NaN),
                    Map.of(),
                    null,
                    100.0,
                    200.0))
        .toList();
  }

  Selection select(String control) {
    List<ModelFigures> f = figures();
    return Selection.evaluate(f, f, null, Thresholds.none(), null, evidence(control));
  }
}
