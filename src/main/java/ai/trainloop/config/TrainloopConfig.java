package ai.trainloop.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The whole {@code trainloop:} section of {@code trainloop.config.yaml}, validated.
 *
 * @param configFile the file it was read from
 * @param baseDir the folder of that file; relative paths resolve against it
 * @param dataFolder {@code data_folder}, resolved against baseDir (default {@code baseDir/data})
 * @param benchmark {@code benchmark}
 * @param metrics {@code eval.metrics}: built-in metric declarations, in config order
 * @param suites {@code eval.suites}
 * @param pricing {@code pricing}: model id to price override
 * @param metricTimeout {@code eval.metric_timeout}: the longest one metric call may take (default
 *     60 s)
 * @param judge {@code judge}: the judge models of judge metrics (TrainLoop's defaults when absent)
 */
public record TrainloopConfig(
    Path configFile,
    Path baseDir,
    Path dataFolder,
    BenchmarkConfig benchmark,
    List<MetricSpec> metrics,
    List<SuiteSpec> suites,
    Map<String, PriceOverride> pricing,
    Duration metricTimeout,
    JudgeConfig judge) {

  /** {@code eval.metric_timeout}'s default. */
  public static final Duration DEFAULT_METRIC_TIMEOUT = Duration.ofSeconds(60);

  public TrainloopConfig {
    metricTimeout = metricTimeout == null ? DEFAULT_METRIC_TIMEOUT : metricTimeout;
    judge = judge == null ? JudgeConfig.defaults() : judge;
  }

  /** A config with the default judge. */
  public TrainloopConfig(
      Path configFile,
      Path baseDir,
      Path dataFolder,
      BenchmarkConfig benchmark,
      List<MetricSpec> metrics,
      List<SuiteSpec> suites,
      Map<String, PriceOverride> pricing,
      Duration metricTimeout) {
    this(configFile, baseDir, dataFolder, benchmark, metrics, suites, pricing, metricTimeout, null);
  }

  /** A config with the default metric time-out. */
  public TrainloopConfig(
      Path configFile,
      Path baseDir,
      Path dataFolder,
      BenchmarkConfig benchmark,
      List<MetricSpec> metrics,
      List<SuiteSpec> suites,
      Map<String, PriceOverride> pricing) {
    this(configFile, baseDir, dataFolder, benchmark, metrics, suites, pricing, null, null);
  }

  /** {@code eval/metrics/} beside the config file, where users put their Java metrics. */
  public Path metricsDir() {
    return baseDir.resolve("eval").resolve("metrics");
  }
}
