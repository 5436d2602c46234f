package ai.trainloop.eval;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.MetricSpec;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.eval.builtin.BuiltinMetrics;
import ai.trainloop.eval.javac.JavaMetricCompiler;
import ai.trainloop.eval.javac.JavaMetricLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one call the command line needs: every metric of a config (built-in declarations and Java
 * classes) and its suites, as a {@link Scorer}.
 *
 * <pre>{@code
 * Scorer scorer = Metrics.load(config, metricsClasspath, config.baseDir().resolve(".trainloop-cache/metrics"));
 * }</pre>
 */
public final class Metrics {
  /**
   * Every metric by name, and whether Java sources were compiled this time (false when the cache
   * was reused or there are none).
   */
  public record Loaded(Map<String, Metric> metrics, boolean compiled) {}

  private Metrics() {}

  /**
   * Loads every metric and builds the scorer.
   *
   * @param config the config: {@code eval.metrics}, {@code eval.suites} and {@link
   *     TrainloopConfig#metricsDir()}
   * @param extraJars {@code --metrics-classpath} entries (jars or class folders): compile classpath
   *     and searched for metrics
   * @param cacheDir where compiled metrics are cached, e.g. {@code <config
   *     folder>/.trainloop-cache/metrics}
   * @throws ConfigException for any problem with a declaration, a Java metric, a name used twice,
   *     or a suite
   */
  public static Scorer load(TrainloopConfig config, List<Path> extraJars, Path cacheDir) {
    Map<String, Metric> metrics =
        loadMetrics(config, extraJars, cacheDir, new JavaMetricCompiler()).metrics();
    return new Scorer(
        metrics, config.suites() == null ? List.of() : config.suites(), config.metricTimeout());
  }

  /**
   * The metrics alone, built-in ones first (config order), then Java ones; with the compiler to
   * use.
   *
   * @throws ConfigException as {@link #load}; a built-in and a Java metric with one name is an
   *     error naming both; a {@code judge_pairwise} metric against a model that is not configured
   *     is an error at its {@code against} key
   */
  public static Loaded loadMetrics(
      TrainloopConfig config, List<Path> extraJars, Path cacheDir, JavaMetricCompiler compiler) {
    List<MetricSpec> specs = config.metrics() == null ? List.of() : config.metrics();
    Map<String, Metric> all = new LinkedHashMap<>(BuiltinMetrics.createAll(specs));
    JavaMetricLoader.Result java =
        new JavaMetricLoader(compiler).load(config.metricsDir(), extraJars, cacheDir);
    for (Map.Entry<String, Metric> e : java.metrics().entrySet()) {
      if (all.containsKey(e.getKey())) {
        MetricSpec spec =
            specs.stream().filter(s -> s.name().equals(e.getKey())).findFirst().orElseThrow();
        throw new ConfigException(
            spec.location(),
            "trainloop.eval.metrics." + e.getKey(),
            "two metrics are named '"
                + e.getKey()
                + "': the built-in "
                + spec.type()
                + " metric declared here and the Java class "
                + java.origins().get(e.getKey())
                + "; rename one of them");
      }
      all.put(e.getKey(), e.getValue());
    }
    List<ProviderEntry> models =
        config.benchmark() == null || config.benchmark().providers() == null
            ? List.of()
            : config.benchmark().providers();
    return new Loaded(
        Collections.unmodifiableMap(PairwiseTargets.resolve(all, specs, models)), java.compiled());
  }
}
