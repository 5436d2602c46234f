package ai.trainloop.results;

import ai.trainloop.config.BenchmarkConfig;
import ai.trainloop.config.TrainloopConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * report.json's {@code config}: the effective settings of the run (config file with command-line
 * overrides applied). Holds no secret: keys are never part of it and base URLs are stripped of
 * user-info and queries.
 *
 * @param configFile absolute path of the config file
 * @param dataFolder absolute path of the data folder
 * @param maxSamples null: every sample
 * @param seed sampling seed; null when none
 * @param maxConcurrentRequests calls in flight at most
 * @param requestDelaySeconds delay between call starts to one provider; null when none
 * @param temperatureOverride {@code --temperature}; null when not given
 * @param trackCosts {@code track_costs}
 * @param performanceThreshold minimum Avg score gate; null when not set
 * @param costThreshold maximum USD per 1K tokens gate; null when not set
 * @param maxResponseTimeSeconds per-call timeout and p95 gate; null when not set
 * @param priorities decision-matrix weights as configured (empty when none)
 * @param providers the models, in config order
 * @param replayParams {@code replay_params}: {@code recorded} or {@code config_only}
 */
public record ConfigSummary(
    String configFile,
    String dataFolder,
    Integer maxSamples,
    Long seed,
    int maxConcurrentRequests,
    Double requestDelaySeconds,
    Double temperatureOverride,
    boolean trackCosts,
    Double performanceThreshold,
    Double costThreshold,
    Double maxResponseTimeSeconds,
    Map<String, Double> priorities,
    List<ProviderSummary> providers,
    String replayParams) {

  public ConfigSummary {
    priorities = priorities == null ? Map.of() : new LinkedHashMap<>(priorities);
    providers = providers == null ? List.of() : List.copyOf(providers);
  }

  /**
   * The settings as {@code config} has them; {@code priorities} falls back to the short form
   * ({@code accuracy_weight}, {@code cost_weight}) when the long one is absent.
   */
  public static ConfigSummary of(TrainloopConfig config) {
    BenchmarkConfig b = config.benchmark();
    Map<String, Double> priorities =
        new LinkedHashMap<>(b.priorities() == null ? Map.of() : b.priorities());
    if (priorities.isEmpty()) {
      if (b.accuracyWeight() != null) {
        priorities.put("accuracy", b.accuracyWeight());
      }
      if (b.costWeight() != null) {
        priorities.put("cost", b.costWeight());
      }
    }
    return new ConfigSummary(
        String.valueOf(config.configFile().toAbsolutePath()),
        String.valueOf(config.dataFolder().toAbsolutePath()),
        b.maxSamples(),
        b.seed(),
        b.maxConcurrentRequests(),
        b.requestDelaySeconds(),
        null,
        b.trackCosts(),
        b.performanceThreshold(),
        b.costThreshold(),
        b.maxResponseTimeSeconds(),
        priorities,
        b.providers().stream().map(ProviderSummary::of).toList(),
        b.replayParams().key());
  }

  /**
   * These settings with command-line overrides applied; a null argument keeps the configured value.
   */
  public ConfigSummary withOverrides(
      Integer maxSamples,
      Long seed,
      Integer maxConcurrent,
      Double requestDelay,
      Double temperature) {
    return new ConfigSummary(
        configFile,
        dataFolder,
        maxSamples != null ? maxSamples : this.maxSamples,
        seed != null ? seed : this.seed,
        maxConcurrent != null ? maxConcurrent : maxConcurrentRequests,
        requestDelay != null ? requestDelay : requestDelaySeconds,
        temperature != null ? temperature : temperatureOverride,
        trackCosts,
        performanceThreshold,
        costThreshold,
        maxResponseTimeSeconds,
        priorities,
        providers,
        replayParams);
  }
}
