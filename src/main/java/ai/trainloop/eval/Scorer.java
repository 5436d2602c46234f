package ai.trainloop.eval;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.Suggestions;
import ai.trainloop.config.SuiteSpec;
import ai.trainloop.config.TrainloopConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores samples with the metrics of their tag's suites ({@code trainloop.eval.suites}).
 *
 * <p>A sample is scored by every metric of every suite of its tag: the union, in suite then metric
 * order, without duplicates. A metric that throws anything (an {@link OutOfMemoryError} or {@link
 * StackOverflowError} included: the memory or stack it held is released as its stack unwinds),
 * returns NaN, ±Infinity or a value outside [0, 1], or passes the metric time-out, fails that
 * evaluation: the reason (exception class and message, the value it returned, "timed out after N
 * s") is kept in {@link MetricScore#error()}, and nothing escapes. A failure is not a score of 0:
 * see {@link #sampleScoreOf}.
 *
 * <p>Each metric call runs on a metric worker thread (daemon) and is waited for at most the
 * time-out; see {@link MetricWorkers} for how stuck threads are bounded.
 *
 * <p>Thread-safe: many threads may call {@link #score} at once. Each metric is one shared instance,
 * so metric classes must be stateless or thread-safe themselves; the built-in metrics are.
 */
public final class Scorer implements AutoCloseable {
  /** {@code eval.metric_timeout}'s default. */
  public static final Duration DEFAULT_METRIC_TIMEOUT = TrainloopConfig.DEFAULT_METRIC_TIMEOUT;

  /**
   * Minutes a judged metric may take beyond {@code eval.metric_timeout}: its judge calls wait for
   * their turn, retries and rate limits like any call.
   */
  public static final int JUDGE_ALLOWANCE_MINUTES = 10;

  private final Map<String, Metric> metrics;
  private final Map<String, List<String>> metricsByTag;
  private final MetricWorkers workers;
  private final MetricWorkers judgeWorkers;

  /**
   * @param metrics every defined metric by name (built-in and Java)
   * @param suites the suites, in config order
   * @throws ConfigException at the suite's location, key {@code
   *     trainloop.eval.suites[i].metrics[j]}, for a metric name that is not defined (with a
   *     did-you-mean), or a suite without metrics
   */
  public Scorer(Map<String, Metric> metrics, List<SuiteSpec> suites) {
    this(metrics, suites, DEFAULT_METRIC_TIMEOUT);
  }

  /**
   * As {@link #Scorer(Map, List)}, with each metric call limited to {@code metricTimeout}.
   *
   * @throws IllegalArgumentException for a time-out that is not positive
   */
  public Scorer(Map<String, Metric> metrics, List<SuiteSpec> suites, Duration metricTimeout) {
    this.workers = new MetricWorkers(metricTimeout);
    this.judgeWorkers =
        new MetricWorkers(metricTimeout.plus(Duration.ofMinutes(JUDGE_ALLOWANCE_MINUTES)));
    this.metrics = Map.copyOf(metrics);
    Map<String, Set<String>> byTag = new LinkedHashMap<>();
    for (int i = 0; i < suites.size(); i++) {
      SuiteSpec suite = suites.get(i);
      String path = "trainloop.eval.suites[" + i + "]";
      if (suite.metrics() == null || suite.metrics().isEmpty()) {
        throw new ConfigException(
            suite.location(), path + ".metrics", "a suite needs at least one metric");
      }
      for (int j = 0; j < suite.metrics().size(); j++) {
        String name = suite.metrics().get(j);
        if (!metrics.containsKey(name)) {
          throw new ConfigException(
              suite.location(),
              path + ".metrics[" + j + "]",
              "unknown metric '"
                  + name
                  + "'"
                  + Suggestions.didYouMean(name, metrics.keySet())
                  + " (defined: "
                  + (metrics.isEmpty() ? "none" : String.join(", ", metrics.keySet()))
                  + ")");
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

  /**
   * Whether some suite scores samples of {@code tag} (samples of other tags are not benchmarked).
   */
  public boolean covers(String tag) {
    return metricsByTag.containsKey(tag == null ? "" : tag);
  }

  /**
   * The metrics that score samples of {@code tag}, in suite order without duplicates; empty when
   * not covered.
   */
  public List<String> metricsFor(String tag) {
    return metricsByTag.getOrDefault(tag == null ? "" : tag, List.of());
  }

  /**
   * Scores {@code sample} with every metric of its tag, in {@link #metricsFor} order. Never throws
   * for a failing metric: see the class comment.
   *
   * @throws IllegalArgumentException when no suite covers the sample's tag (check {@link #covers}
   *     first)
   */
  public List<MetricScore> score(Sample sample) {
    return score(sample, Judges.none("this scorer was given no judge"));
  }

  /**
   * As {@link #score(Sample)}, with {@code judges} for the metrics that ask a judge. When {@code
   * judges} is not {@linkplain Judges#available() available}, the metrics that always ask one are
   * left out (the run has said why); any other question to the judge fails its evaluation.
   */
  public List<MetricScore> score(Sample sample, Judges judges) {
    return score(sample, judges, Map.of());
  }

  /**
   * As {@link #score(Sample, Judges)}, with the replies of the models its {@code judge_pairwise}
   * metrics compare with ({@link #awaits}), by model id. A pairwise metric whose other model has no
   * reply (its entry is missing from {@code others}, or holds an error) fails for this sample with
   * that reason; one against the sample's own model is left out (a model is not judged against
   * itself).
   */
  public List<MetricScore> score(Sample sample, Judges judges, Map<String, Counterpart> others) {
    List<String> names = metricsFor(sample.tag());
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no suite scores samples tagged '" + sample.tag() + "'");
    }
    List<MetricScore> out = new ArrayList<>(names.size());
    for (String name : names) {
      Metric metric = metrics.get(name);
      if (metric instanceof PairwiseMetric pairwise) {
        if (!judges.available() || againstItself(pairwise, sample.model())) {
          continue;
        }
        String other = sample.recordedOutput();
        if (pairwise.againstModel()) {
          Counterpart c = others.get(pairwise.against());
          if (c == null || !c.ok()) {
            out.add(
                MetricScore.failure(
                    name,
                    "against model "
                        + pairwise.against()
                        + " has no reply for sample "
                        + sample.id()
                        + ": "
                        + (c == null ? "its reply was not given to the scorer" : c.error())));
            continue;
          }
          other = c.reply();
        }
        String against = other;
        out.add(
            judgeWorkers.run(
                name,
                () -> judge(name, (s, j) -> pairwise.evaluate(s, j, against), sample, judges)));
      } else if (metric instanceof JudgedMetric judged) {
        if (judged.needsJudge() && !judges.available()) {
          continue;
        }
        out.add(judgeWorkers.run(name, () -> judge(name, judged::evaluate, sample, judges)));
      } else {
        out.add(workers.run(name, () -> run(name, metric, sample)));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The models whose replies to a sample of {@code tag} must exist before {@code modelId}'s reply
   * can be scored: those its {@code judge_pairwise} metrics compare with, itself left out; empty
   * for most runs.
   */
  public Set<String> awaits(String tag, String modelId) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : metricsFor(tag)) {
      if (metrics.get(name) instanceof PairwiseMetric p
          && p.againstModel()
          && !againstItself(p, modelId)) {
        out.add(p.against());
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Every {@code judge_pairwise} metric against another model, by name: the model it compares with.
   */
  public Map<String, String> pairwiseAgainst() {
    Map<String, String> out = new TreeMap<>();
    metrics.forEach(
        (name, m) -> {
          if (m instanceof PairwiseMetric p && p.againstModel()) {
            out.put(name, p.against());
          }
        });
    return Collections.unmodifiableMap(out);
  }

  private static boolean againstItself(PairwiseMetric p, String modelId) {
    return p.againstModel() && p.against().equals(modelId);
  }

  /** The names of the metrics that always ask the judge, sorted. */
  public List<String> judgeMetrics() {
    return metrics.entrySet().stream()
        .filter(
            e ->
                e.getValue() instanceof PairwiseMetric
                    || e.getValue() instanceof JudgedMetric j && j.needsJudge())
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /**
   * A sample's score: the mean of the metric scores that worked; NaN when every metric failed.
   *
   * @throws IllegalArgumentException for an empty list
   */
  public static double sampleScore(List<MetricScore> scores) {
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("a sample score needs at least one metric score");
    }
    return sampleScoreOf(scores).orElse(Double.NaN);
  }

  /**
   * A sample's score: the mean of the metric scores that worked, failed evaluations left out (they
   * are not 0); empty when no metric worked, and the sample is then <em>unscored</em>.
   */
  public static OptionalDouble sampleScoreOf(List<MetricScore> scores) {
    double sum = 0;
    int n = 0;
    for (MetricScore s : scores) {
      if (!s.failed()) {
        sum += s.score();
        n++;
      }
    }
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
  }

  /** Stops the idle metric workers. */
  @Override
  public void close() {
    workers.close();
    judgeWorkers.close();
  }

  private static String tagOf(SuiteSpec suite) {
    return suite.tag() == null ? "" : suite.tag();
  }

  /**
   * Runs one metric on a worker thread; every way it can fail becomes a failed evaluation with a
   * reason.
   */
  private static MetricScore run(String name, Metric metric, Sample sample) {
    double value;
    try {
      value = metric.score(sample);
    } catch (Throwable t) {
      // an OutOfMemoryError thrown here came from the metric's own allocations, now unreachable:
      // the run goes on
      if (t instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return MetricScore.failure(
          name, t instanceof NotMeasurableException ? t.getMessage() : describe(t));
    }
    if (Double.isNaN(value) || value < 0.0 || value > 1.0) {
      return MetricScore.failure(name, "returned " + value + "; a score must be between 0 and 1");
    }
    return new MetricScore(name, value + 0.0, null); // + 0.0 turns -0.0 into 0.0
  }

  /** Runs one judged metric with its own judge; its reason, or the judge's, goes with the score. */
  private static MetricScore judge(
      String name, ReasonedMetric metric, Sample sample, Judges judges) {
    Judge judge = judges.open(name, sample);
    Score score;
    try {
      score = metric.evaluate(sample, judge);
    } catch (Throwable t) {
      if (t instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return MetricScore.failure(name, t instanceof JudgeException ? t.getMessage() : describe(t));
    }
    double value = score == null ? Double.NaN : score.value();
    if (Double.isNaN(value) || value < 0.0 || value > 1.0) {
      return MetricScore.failure(
          name,
          score == null ? "returned no score" : "returned " + value + "; a score must be 0..1");
    }
    String reason = score.reason();
    if (reason == null && judge instanceof PanelJudge panel) {
      reason = panel.reason();
    }
    return new MetricScore(
        name, value + 0.0, null, reason == null ? null : Verdicts.shown(reason, 2000));
  }

  /** The exception's class and message, never a stack trace. */
  static String describe(Throwable t) {
    String message = t.getMessage();
    return message == null || message.isBlank()
        ? t.getClass().getName()
        : t.getClass().getName() + ": " + message;
  }
}
