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
 */
public record BenchmarkConfig(
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
    double maxErrorRate) {
  public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(5);

  /** {@code max_error_rate}'s default. */
  public static final double DEFAULT_MAX_ERROR_RATE = 0.05;

  /** A config with the default {@code max_error_rate}. */
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
      Duration stopGrace) {
    this(
        providers,
        maxSamples,
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
        DEFAULT_MAX_ERROR_RATE);
  }

  public static BenchmarkConfig empty() {
    return new BenchmarkConfig(
        List.of(),
        null,
        5,
        true,
        false,
        null,
        null,
        null,
        null,
        null,
        Map.of(),
        null,
        RetryConfig.DEFAULT,
        null,
        CompareConfig.DEFAULT,
        null,
        null,
        DEFAULT_STOP_GRACE);
  }
}
