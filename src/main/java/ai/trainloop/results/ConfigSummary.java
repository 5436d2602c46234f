package ai.trainloop.results;

import ai.trainloop.config.BenchmarkConfig;
import ai.trainloop.config.SamplesPerTag;
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
 * @param stream {@code benchmark.stream} or {@code --stream}: replies asked for as streams (an
 *     entry's own {@code stream} is in its provider summary's model list, not here)
 * @param speedMeasure {@code speed_measure}: {@code total} or {@code ttft}
 * @param repeats calls per (sample, model) pair ({@code repeats} or {@code --repeat}; report.json
 *     writes it at the top level); 1 in a report from before repeats
 * @param repeatReducer {@code repeat_reducer}'s key; null in a report from before repeats (then the
 *     mean, the default)
 * @param samplesPerTag {@code samples_per_tag} as the run applied it; null when not set (or ignored
 *     by {@code --comprehensive})
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
    String replayParams,
    boolean stream,
    String speedMeasure,
    int repeats,
    String repeatReducer,
    SamplesPerTag samplesPerTag) {

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
    return builder()
        .configFile(String.valueOf(config.configFile().toAbsolutePath()))
        .dataFolder(String.valueOf(config.dataFolder().toAbsolutePath()))
        .maxSamples(b.maxSamples())
        .seed(b.seed())
        .maxConcurrentRequests(b.maxConcurrentRequests())
        .requestDelaySeconds(b.requestDelaySeconds())
        .trackCosts(b.trackCosts())
        .performanceThreshold(b.performanceThreshold())
        .costThreshold(b.costThreshold())
        .maxResponseTimeSeconds(b.maxResponseTimeSeconds())
        .priorities(priorities)
        .providers(b.providers().stream().map(ProviderSummary::of).toList())
        .replayParams(b.replayParams().key())
        .stream(b.stream())
        .speedMeasure(b.speedMeasure().key())
        .repeats(b.repeats())
        .repeatReducer(b.repeatReducer().key())
        .samplesPerTag(b.samplesPerTag())
        .build();
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
    return toBuilder()
        .maxSamples(maxSamples != null ? maxSamples : this.maxSamples)
        .seed(seed != null ? seed : this.seed)
        .maxConcurrentRequests(maxConcurrent != null ? maxConcurrent : maxConcurrentRequests)
        .requestDelaySeconds(requestDelay != null ? requestDelay : requestDelaySeconds)
        .temperatureOverride(temperature != null ? temperature : temperatureOverride)
        .build();
  }

  /**
   * A builder with every setting unset: null, 0 concurrent requests, costs not tracked, no
   * priorities or providers.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    return new Builder()
            .configFile(configFile)
            .dataFolder(dataFolder)
            .maxSamples(maxSamples)
            .seed(seed)
            .maxConcurrentRequests(maxConcurrentRequests)
            .requestDelaySeconds(requestDelaySeconds)
            .temperatureOverride(temperatureOverride)
            .trackCosts(trackCosts)
            .performanceThreshold(performanceThreshold)
            .costThreshold(costThreshold)
            .maxResponseTimeSeconds(maxResponseTimeSeconds)
            .priorities(priorities)
            .providers(providers)
            .replayParams(replayParams)
            .stream(stream)
            .speedMeasure(speedMeasure)
            .repeats(repeats)
            .repeatReducer(repeatReducer)
            .samplesPerTag(samplesPerTag);
  }

  /** Builds a {@link ConfigSummary} by named components; see the record for what each means. */
  public static final class Builder {
    private String configFile;
    private String dataFolder;
    private Integer maxSamples;
    private Long seed;
    private int maxConcurrentRequests;
    private Double requestDelaySeconds;
    private Double temperatureOverride;
    private boolean trackCosts;
    private Double performanceThreshold;
    private Double costThreshold;
    private Double maxResponseTimeSeconds;
    private Map<String, Double> priorities = Map.of();
    private List<ProviderSummary> providers = List.of();
    private String replayParams;
    private boolean stream;
    private String speedMeasure;
    private int repeats = 1;
    private String repeatReducer;
    private SamplesPerTag samplesPerTag;

    private Builder() {}

    public Builder configFile(String configFile) {
      this.configFile = configFile;
      return this;
    }

    public Builder dataFolder(String dataFolder) {
      this.dataFolder = dataFolder;
      return this;
    }

    public Builder maxSamples(Integer maxSamples) {
      this.maxSamples = maxSamples;
      return this;
    }

    public Builder seed(Long seed) {
      this.seed = seed;
      return this;
    }

    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    public Builder requestDelaySeconds(Double requestDelaySeconds) {
      this.requestDelaySeconds = requestDelaySeconds;
      return this;
    }

    public Builder temperatureOverride(Double temperatureOverride) {
      this.temperatureOverride = temperatureOverride;
      return this;
    }

    public Builder trackCosts(boolean trackCosts) {
      this.trackCosts = trackCosts;
      return this;
    }

    public Builder performanceThreshold(Double performanceThreshold) {
      this.performanceThreshold = performanceThreshold;
      return this;
    }

    public Builder costThreshold(Double costThreshold) {
      this.costThreshold = costThreshold;
      return this;
    }

    public Builder maxResponseTimeSeconds(Double maxResponseTimeSeconds) {
      this.maxResponseTimeSeconds = maxResponseTimeSeconds;
      return this;
    }

    public Builder priorities(Map<String, Double> priorities) {
      this.priorities = priorities;
      return this;
    }

    public Builder providers(List<ProviderSummary> providers) {
      this.providers = providers;
      return this;
    }

    public Builder replayParams(String replayParams) {
      this.replayParams = replayParams;
      return this;
    }

    public Builder stream(boolean stream) {
      this.stream = stream;
      return this;
    }

    public Builder speedMeasure(String speedMeasure) {
      this.speedMeasure = speedMeasure;
      return this;
    }

    public Builder repeats(int repeats) {
      this.repeats = repeats;
      return this;
    }

    public Builder repeatReducer(String repeatReducer) {
      this.repeatReducer = repeatReducer;
      return this;
    }

    public Builder samplesPerTag(SamplesPerTag samplesPerTag) {
      this.samplesPerTag = samplesPerTag;
      return this;
    }

    public ConfigSummary build() {
      return new ConfigSummary(
          configFile,
          dataFolder,
          maxSamples,
          seed,
          maxConcurrentRequests,
          requestDelaySeconds,
          temperatureOverride,
          trackCosts,
          performanceThreshold,
          costThreshold,
          maxResponseTimeSeconds,
          priorities,
          providers,
          replayParams,
          stream,
          speedMeasure,
          repeats,
          repeatReducer,
          samplesPerTag);
    }
  }
}
