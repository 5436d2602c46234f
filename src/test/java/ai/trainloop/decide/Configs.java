package ai.trainloop.decide;

import ai.trainloop.config.BenchmarkConfig;
import java.util.Map;

/** Benchmark configs with only the selection keys set, as the config loader would build them. */
final class Configs {

  private Configs() {}

  static BenchmarkConfig gates(Double performance, Double cost, Double maxResponseTime) {
    return config(performance, cost, maxResponseTime, null, null, Map.of());
  }

  static BenchmarkConfig priorities(Map<String, Double> priorities) {
    return config(null, null, null, null, null, priorities);
  }

  static BenchmarkConfig shortForm(Double accuracyWeight, Double costWeight) {
    return config(null, null, null, accuracyWeight, costWeight, Map.of());
  }

  static BenchmarkConfig config(
      Double performance,
      Double cost,
      Double maxResponseTime,
      Double accuracyWeight,
      Double costWeight,
      Map<String, Double> priorities) {
    return BenchmarkConfig.builder()
        .performanceThreshold(performance)
        .costThreshold(cost)
        .maxResponseTimeSeconds(maxResponseTime)
        .accuracyWeight(accuracyWeight)
        .costWeight(costWeight)
        .priorities(priorities)
        .build();
  }
}
