package ai.trainloop.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The whole {@code trainloop:} section of {@code trainloop.config.yaml}, validated.
 *
 * @param configFile  the file it was read from
 * @param baseDir     the folder of that file; relative paths resolve against it
 * @param dataFolder  {@code data_folder}, resolved against baseDir (default {@code baseDir/data})
 * @param benchmark   {@code benchmark}
 * @param metrics     {@code eval.metrics}: built-in metric declarations, in config order
 * @param suites      {@code eval.suites}
 * @param pricing     {@code pricing}: model id to price override
 */
public record TrainloopConfig(
    Path configFile,
    Path baseDir,
    Path dataFolder,
    BenchmarkConfig benchmark,
    List<MetricSpec> metrics,
    List<SuiteSpec> suites,
    Map<String, PriceOverride> pricing) {

  /** {@code eval/metrics/} beside the config file, where users put their Java metrics. */
  public Path metricsDir() {
    return baseDir.resolve("eval").resolve("metrics");
  }
}
