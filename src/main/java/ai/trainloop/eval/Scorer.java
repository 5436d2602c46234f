package ai.trainloop.eval;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.SuiteSpec;
import ai.trainloop.config.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores samples with the metrics of their tag's suites ({@code trainloop.eval.suites}).
 *
 * <p>A sample is scored by every metric of every suite of its tag: the union, in suite then metric order, without
 * duplicates. A metric that throws, or returns NaN or a value outside [0, 1], scores 0 for that sample and the
 * reason (exception class and message, or the value it returned) is kept in {@link MetricScore#error()}; it never
 * escapes.
 *
 * <p>Immutable and thread-safe: many threads may call {@link #score} at once. Each metric is one shared instance,
 * so metric classes must be stateless or thread-safe themselves; the built-in metrics are.
 */
public final class Scorer {
  private final Map<String, Metric> metrics;
  private final Map<String, List<String>> metricsByTag;

  /**
   * @param metrics every defined metric by name (built-in and Java)
   * @param suites  the suites, in config order
   * @throws ConfigException at the suite's location, key {@code trainloop.eval.suites[i].metrics[j]}, for a metric
   *     name that is not defined (with a did-you-mean), or a suite without metrics
   */
  public Scorer(Map<String, Metric> metrics, List<SuiteSpec> suites) {
    this.metrics = Map.copyOf(metrics);
    Map<String, Set<String>> byTag = new LinkedHashMap<>();
    for (int i = 0; i < suites.size(); i++) {
      SuiteSpec suite = suites.get(i);
      String path = "trainloop.eval.suites[" + i + "]";
      if (suite.metrics() == null || suite.metrics().isEmpty()) {
        throw new ConfigException(suite.location(), path + ".metrics", "a suite needs at least one metric");
      }
      for (int j = 0; j < suite.metrics().size(); j++) {
        String name = suite.metrics().get(j);
        if (!metrics.containsKey(name)) {
          throw new ConfigException(suite.location(), path + ".metrics[" + j + "]", "unknown metric '" + name + "'"
              + Suggestions.didYouMean(name, metrics.keySet()) + " (defined: "
              + (metrics.isEmpty() ? "none" : String.join(", ", metrics.keySet())) + ")");
        }
        byTag.computeIfAbsent(tagOf(suite), t -> new LinkedHashSet<>()).add(name);
      }
    }
    Map<String, List<String>> frozen = new LinkedHashMap<>();
    byTag.forEach((tag, names) -> frozen.put(tag, List.copyOf(names)));
    this.metricsByTag = Map.copyOf(frozen);
  }

  /** Every metric by name (unmodifiable): for messages that name a metric from its class. */
  public Map<String, Metric> metrics() {
    return metrics;
  }

  /** Whether some suite scores samples of {@code tag} (samples of other tags are not benchmarked). */
  public boolean covers(String tag) {
    return metricsByTag.containsKey(tag == null ? "" : tag);
  }

  /** The metrics that score samples of {@code tag}, in suite order without duplicates; empty when not covered. */
  public List<String> metricsFor(String tag) {
    return metricsByTag.getOrDefault(tag == null ? "" : tag, List.of());
  }

  /**
   * Scores {@code sample} with every metric of its tag, in {@link #metricsFor} order. Never throws for a failing
   * metric: see the class comment.
   *
   * @throws IllegalArgumentException when no suite covers the sample's tag (check {@link #covers} first)
   */
  public List<MetricScore> score(Sample sample) {
    List<String> names = metricsFor(sample.tag());
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no suite scores samples tagged '" + sample.tag() + "'");
    }
    List<MetricScore> out = new ArrayList<>(names.size());
    for (String name : names) {
      out.add(run(name, metrics.get(name), sample));
    }
    return List.copyOf(out);
  }

  /**
   * A sample's score: the mean of its metric scores (failed metrics count as 0).
   *
   * @throws IllegalArgumentException for an empty list
   */
  public static double sampleScore(List<MetricScore> scores) {
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("a sample score needs at least one metric score");
    }
    double sum = 0;
    for (MetricScore s : scores) {
      sum += s.score();
    }
    return sum / scores.size();
  }

  private static String tagOf(SuiteSpec suite) {
    return suite.tag() == null ? "" : suite.tag();
  }

  /** Runs one metric; every way it can fail becomes a score of 0 with a reason. */
  private static MetricScore run(String name, Metric metric, Sample sample) {
    double value;
    try {
      value = metric.score(sample);
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
        throw (VirtualMachineError) t; // out of memory and the like concern the whole run, not this metric
      }
      if (t instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return new MetricScore(name, 0.0, describe(t));
    }
    if (Double.isNaN(value) || value < 0.0 || value > 1.0) {
      return new MetricScore(name, 0.0, "returned " + value + "; a score must be between 0 and 1");
    }
    return new MetricScore(name, value + 0.0, null); // + 0.0 turns -0.0 into 0.0
  }

  /** The exception's class and message, never a stack trace. */
  private static String describe(Throwable t) {
    String message = t.getMessage();
    return message == null || message.isBlank() ? t.getClass().getName() : t.getClass().getName() + ": " + message;
  }
}
