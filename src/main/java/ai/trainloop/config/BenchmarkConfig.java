package ai.trainloop.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code trainloop.benchmark}. Nullable fields are null when the key is absent.
 *
 * @param providers the models to benchmark, in config order
 * @param maxSamples {@code max_samples}
 * @param samplesPerTag {@code samples_per_tag}: a seeded quota per tag, applied before {@code
 *     max_samples}; null when absent
 * @param maxConcurrentRequests {@code max_concurrent_requests} (default 5)
 * @param trackCosts {@code track_costs} (default true)
 * @param trackResponseTimes {@code track_response_times} (default false)
 * @param performanceThreshold {@code performance_threshold}: minimum Avg score
 * @param costThreshold {@code cost_threshold}: maximum USD per 1K tokens
 * @param maxResponseTimeSeconds {@code max_response_time}: per-call timeout in seconds, and the p95
 *     gate
 * @param accuracyWeight {@code accuracy_weight}
 * @param costWeight {@code cost_weight}
 * @param priorities {@code priorities}: name to weight, in config order (empty when absent)
 * @param requestDelaySeconds {@code request_delay}
 * @param retry {@code retry} (defaults when absent)
 * @param maxCost {@code max_cost} in USD
 * @param compare {@code compare} (defaults when absent)
 * @param seed {@code seed} for sampling
 * @param envPath {@code env_path}, resolved against the config folder
 * @param stopGrace {@code stop_grace}: how long a stopped run waits for calls in flight (default 5
 *     s)
 * @param maxErrorRate {@code max_error_rate}: 0..1 (default 0.05); a model whose error rate (errors
 *     ÷ calls) is above it is never recommended
 * @param replayParams {@code replay_params}: whether replays send the recorded parameters (default
 *     {@link ReplayParams#RECORDED})
 * @param stream {@code stream}: ask every model for its reply as a stream and time its first token
 *     (default false; {@code --stream} sets it, an entry's own {@code stream} comes first)
 * @param cache {@code cache}: answer calls from the response cache and store their replies (default
 *     false; {@code --cache} / {@code --no-cache} decide for one run)
 * @param cacheTtl {@code cache_ttl}: how long a cached reply is used (default 14 days)
 * @param speedMeasure {@code speed_measure}: which time the decision matrix's speed weighs (default
 *     {@link SpeedMeasure#TOTAL})
 * @param repeats {@code repeats}: how many times each (sample, model) pair is called (default 1;
 *     {@code --repeat} sets it for one run)
 * @param repeatReducer {@code repeat_reducer}: how a sample's scores over its repeats become one
 *     (default {@link RepeatReducer#MEAN})
 * @param control {@code control}: the id of the model every other one is A/B-tested against (a
 *     label, {@code provider/model}, or {@code recorded}); null when absent
 * @param batch {@code batch}: send the calls of OpenAI and Anthropic models through their batch
 *     APIs at the batch price (default false; {@code --batch} sets it, an entry's {@code batch:
 *     false} keeps that model synchronous)
 */
public record BenchmarkConfig(
    List<ProviderEntry> providers,
    Integer maxSamples,
    SamplesPerTag samplesPerTag,
    int maxConcurrentRequests,
    boolean trackCosts,
    boolean trackResponseTimes,
    Double performanceThreshold,
    Double costThreshold,
    Double maxResponseTimeSeconds,
    Double accuracyWeight,
    Double costWeight,
    Map<String, Double> priorities,
    Double requestDelaySeconds,
    RetryConfig retry,
    BigDecimal maxCost,
    CompareConfig compare,
    Long seed,
    Path envPath,
    Duration stopGrace,
    double maxErrorRate,
    ReplayParams replayParams,
    boolean stream,
    SpeedMeasure speedMeasure,
    boolean cache,
    Duration cacheTtl,
    int repeats,
    RepeatReducer repeatReducer,
    String control,
    boolean batch) {

  /** A config without {@code samples_per_tag} (none) or {@code batch} (false). */
  public BenchmarkConfig(
      List<ProviderEntry> providers,
      Integer maxSamples,
      int maxConcurrentRequests,
      boolean trackCosts,
      boolean trackResponseTimes,
      Double performanceThreshold,
      Double costThreshold,
      Double maxResponseTimeSeconds,
      Double accuracyWeight,
      Double costWeight,
      Map<String, Double> priorities,
      Double requestDelaySeconds,
      RetryConfig retry,
      BigDecimal maxCost,
      CompareConfig compare,
      Long seed,
      Path envPath,
      Duration stopGrace,
      double maxErrorRate,
      ReplayParams replayParams,
      boolean stream,
      SpeedMeasure speedMeasure,
      boolean cache,
      Duration cacheTtl,
      int repeats,
      RepeatReducer repeatReducer,
      String control) {
    this(
        providers,
        maxSamples,
        null,
        maxConcurrentRequests,
        trackCosts,
        trackResponseTimes,
        performanceThreshold,
        costThreshold,
        maxResponseTimeSeconds,
        accuracyWeight,
        costWeight,
        priorities,
        requestDelaySeconds,
        retry,
        maxCost,
        compare,
        seed,
        envPath,
        stopGrace,
        maxErrorRate,
        replayParams,
        stream,
        speedMeasure,
        cache,
        cacheTtl,
        repeats,
        repeatReducer,
        control,
        false);
  }

  public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(5);

  /** The default {@code cache_ttl}: 14 days. */
  public static final Duration DEFAULT_CACHE_TTL = Duration.ofDays(14);

  /** {@code max_error_rate}'s default. */
  public static final double DEFAULT_MAX_ERROR_RATE = 0.05;

  /** The config of a file without {@code trainloop.benchmark}: every key at its default. */
  public static BenchmarkConfig empty() {
    return builder().build();
  }

  /**
   * A builder with every key at its default: no providers, 5 concurrent requests, costs tracked,
   * response times not, default retry, compare, stop grace and max error rate, the rest absent.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BenchmarkConfig} by named keys; see the record for what each means. */
  public static final class Builder {
    private List<ProviderEntry> providers = List.of();
    private Integer maxSamples;
    private SamplesPerTag samplesPerTag;
    private int maxConcurrentRequests = 5;
    private boolean trackCosts = true;
    private boolean trackResponseTimes;
    private Double performanceThreshold;
    private Double costThreshold;
    private Double maxResponseTimeSeconds;
    private Double accuracyWeight;
    private Double costWeight;
    private Map<String, Double> priorities = Map.of();
    private Double requestDelaySeconds;
    private RetryConfig retry = RetryConfig.DEFAULT;
    private BigDecimal maxCost;
    private CompareConfig compare = CompareConfig.DEFAULT;
    private Long seed;
    private Path envPath;
    private Duration stopGrace = DEFAULT_STOP_GRACE;
    private double maxErrorRate = DEFAULT_MAX_ERROR_RATE;
    private ReplayParams replayParams = ReplayParams.RECORDED;
    private boolean stream;
    private SpeedMeasure speedMeasure = SpeedMeasure.TOTAL;
    private boolean cache;
    private Duration cacheTtl = DEFAULT_CACHE_TTL;
    private int repeats = 1;
    private RepeatReducer repeatReducer = RepeatReducer.MEAN;
    private String control;
    private boolean batch;

    private Builder() {}

    public Builder batch(boolean batch) {
      this.batch = batch;
      return this;
    }

    public Builder repeats(int repeats) {
      this.repeats = repeats;
      return this;
    }

    public Builder repeatReducer(RepeatReducer repeatReducer) {
      this.repeatReducer = repeatReducer;
      return this;
    }

    public Builder providers(List<ProviderEntry> providers) {
      this.providers = providers;
      return this;
    }

    public Builder maxSamples(Integer maxSamples) {
      this.maxSamples = maxSamples;
      return this;
    }

    public Builder samplesPerTag(SamplesPerTag samplesPerTag) {
      this.samplesPerTag = samplesPerTag;
      return this;
    }

    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    public Builder trackCosts(boolean trackCosts) {
      this.trackCosts = trackCosts;
      return this;
    }

    public Builder trackResponseTimes(boolean trackResponseTimes) {
      this.trackResponseTimes = trackResponseTimes;
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

    public Builder accuracyWeight(Double accuracyWeight) {
      this.accuracyWeight = accuracyWeight;
      return this;
    }

    public Builder costWeight(Double costWeight) {
      this.costWeight = costWeight;
      return this;
    }

    public Builder priorities(Map<String, Double> priorities) {
      this.priorities = priorities;
      return this;
    }

    public Builder requestDelaySeconds(Double requestDelaySeconds) {
      this.requestDelaySeconds = requestDelaySeconds;
      return this;
    }

    public Builder retry(RetryConfig retry) {
      this.retry = retry;
      return this;
    }

    public Builder maxCost(BigDecimal maxCost) {
      this.maxCost = maxCost;
      return this;
    }

    public Builder compare(CompareConfig compare) {
      this.compare = compare;
      return this;
    }

    public Builder seed(Long seed) {
      this.seed = seed;
      return this;
    }

    public Builder envPath(Path envPath) {
      this.envPath = envPath;
      return this;
    }

    public Builder stopGrace(Duration stopGrace) {
      this.stopGrace = stopGrace;
      return this;
    }

    public Builder maxErrorRate(double maxErrorRate) {
      this.maxErrorRate = maxErrorRate;
      return this;
    }

    public Builder replayParams(ReplayParams replayParams) {
      this.replayParams = replayParams;
      return this;
    }

    public Builder cache(boolean cache) {
      this.cache = cache;
      return this;
    }

    public Builder cacheTtl(Duration cacheTtl) {
      this.cacheTtl = cacheTtl;
      return this;
    }

    public Builder stream(boolean stream) {
      this.stream = stream;
      return this;
    }

    public Builder speedMeasure(SpeedMeasure speedMeasure) {
      this.speedMeasure = speedMeasure;
      return this;
    }

    public Builder control(String control) {
      this.control = control;
      return this;
    }

    public BenchmarkConfig build() {
      return new BenchmarkConfig(
          providers,
          maxSamples,
          samplesPerTag,
          maxConcurrentRequests,
          trackCosts,
          trackResponseTimes,
          performanceThreshold,
          costThreshold,
          maxResponseTimeSeconds,
          accuracyWeight,
          costWeight,
          priorities,
          requestDelaySeconds,
          retry,
          maxCost,
          compare,
          seed,
          envPath,
          stopGrace,
          maxErrorRate,
          replayParams,
          stream,
          speedMeasure,
          cache,
          cacheTtl,
          repeats,
          repeatReducer,
          control,
          batch);
    }
  }
}
