package ai.trainloop.aggregate;

import ai.trainloop.config.RepeatReducer;
import ai.trainloop.results.ModelRef;
import ai.trainloop.results.ModelStatus;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ReportJson;
import ai.trainloop.results.ResultRow;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.DoubleHistogram;
import org.HdrHistogram.IntCountsHistogram;

/**
 * Running sums for one model: constant memory per model and metric, however many calls the run
 * makes. Rows with a repeat index keep their scores per sample ({@link RepeatScores}) so each
 * sample's repeats are reduced to one score; their cost, tokens and latency are summed over every
 * call as they arrive. Thread-safe: every method locks this accumulator, so workers of different
 * models never contend.
 */
final class ModelAccumulator {
  /** 5 significant digits: unit (1 ms) resolution up to 262,143 ms; grows as needed beyond. */
  private static final int LATENCY_DIGITS = 5;

  private final ModelRef ref;
  private final RepeatReducer reducer;
  private final RepeatScores repeats = new RepeatScores();
  private boolean repeated;
  private long okCalls;
  private long cachedCalls;
  private BigDecimal saved = BigDecimal.ZERO;
  private boolean savedUnknown;
  private long samples;
  private long errors;
  private long unscored;
  private long truncated;
  private final RunningStats score = new RunningStats();
  private final Map<String, MetricAccumulator> metrics = new HashMap<>();
  private final TokenSums tokens = new TokenSums();
  private BigDecimal cost = BigDecimal.ZERO;
  private boolean costSeen;
  private boolean costUnknown;
  private IntCountsHistogram latency;
  private long latencySum;
  private long latencyMax;
  private long timeouts;
  private long connectSum;
  private long connects;
  private long attempts;
  private long waitedMs;
  private boolean streamed;
  private boolean batch;
  private IntCountsHistogram ttft;
  private DoubleHistogram tokensPerSecond;

  ModelAccumulator(ModelRef ref, RepeatReducer reducer) {
    this.ref = ref;
    this.reducer = reducer == null ? RepeatReducer.MEAN : reducer;
  }

  synchronized void add(ResultRow row) {
    attempts += row.attempts();
    waitedMs += row.waitMs();
    streamed |= row.streamed();
    batch |= row.batch();
    if (row.timeouts() > 0 && row.timeoutMs() != null) {
      // a timed-out attempt is in the distribution at its limit, even when a retry then succeeded
      timeouts += row.timeouts();
      recordLatency(Math.max(0L, row.timeoutMs()), row.timeouts());
    }
    tokens.add(row);
    if (row.costUsd() != null) {
      cost = cost.add(row.costUsd());
      costSeen = true;
    }
    if (row.cached()) {
      cachedCalls++;
      if (row.savedUsd() == null) {
        savedUnknown = true;
      } else {
        saved = saved.add(row.savedUsd());
      }
    }
    if (!row.ok()) {
      errors++;
      if (row.repeat() != null) {
        repeated = true;
      }
      return;
    }
    okCalls++;
    if (row.truncated()) {
      truncated++;
    }
    if (row.costUsd() == null) {
      costUnknown = true;
    }
    if (row.repeat() != null) {
      // a sample's scores wait for its other repeats; its times and tokens count now
      repeated = true;
      repeats.add(row);
      row.metricErrors()
          .forEach(
              (name, why) -> metrics.computeIfAbsent(name, n -> new MetricAccumulator()).fail(why));
      recordTimes(row);
      return;
    }
    samples++;
    if (row.score() != null) {
      score.add(row.score());
    } else {
      unscored++; // every metric failed: counted apart, never a score of 0
    }
    row.metrics()
        .forEach(
            (name, value) -> {
              if (value != null && !row.metricErrors().containsKey(name)) {
                metrics.computeIfAbsent(name, n -> new MetricAccumulator()).add(value);
              }
            });
    row.metricErrors()
        .forEach(
            (name, why) -> metrics.computeIfAbsent(name, n -> new MetricAccumulator()).fail(why));
    recordTimes(row);
  }

  private void recordTimes(ResultRow row) {
    if (row.latencyMs() != null) {
      recordLatency(Math.max(0L, row.latencyMs()), 1);
    }
    if (row.ttftMs() != null) {
      if (ttft == null) {
        ttft = new IntCountsHistogram(LATENCY_DIGITS);
      }
      ttft.recordValue(Math.max(0L, row.ttftMs()));
    }
    Double tps = row.outputTokensPerSecond();
    if (tps != null && Double.isFinite(tps) && tps > 0) {
      if (tokensPerSecond == null) {
        tokensPerSecond = new DoubleHistogram(LATENCY_DIGITS);
      }
      tokensPerSecond.recordValue(tps);
    }
    if (row.connectMs() != null) {
      connectSum += Math.max(0L, row.connectMs());
      connects++;
    }
  }

  private void recordLatency(long ms, int count) {
    if (latency == null) {
      latency = new IntCountsHistogram(LATENCY_DIGITS);
    }
    latency.recordValueWithCount(ms, count);
    latencySum += ms * count;
    latencyMax = Math.max(latencyMax, ms);
  }

  synchronized ModelSummary summarize(ModelStatus status) {
    long calls = okCalls + errors;
    RunningStats sampleScores = score;
    long scoredSamples = samples;
    long unscoredSamples = unscored;
    Map<String, MetricAccumulator> byMetric = metrics;
    ModelSummary.Consistency consistency = null;
    if (repeated) {
      RepeatScores.Result reduced = repeats.reduce(reducer);
      consistency = reduced.consistency();
      sampleScores = new RunningStats();
      byMetric = new HashMap<>();
      for (Map.Entry<String, MetricAccumulator> e : metrics.entrySet()) {
        byMetric.put(e.getKey(), e.getValue().errorsOnly());
      }
      scoredSamples = reduced.samples().size();
      unscoredSamples = 0;
      for (RepeatScores.Reduced r : reduced.samples()) {
        if (r.score() != null) {
          sampleScores.add(r.score());
        } else {
          unscoredSamples++;
        }
        Map<String, MetricAccumulator> target = byMetric;
        r.metrics()
            .forEach(
                (name, v) -> target.computeIfAbsent(name, n -> new MetricAccumulator()).add(v));
      }
    }
    Map<String, ModelSummary.MetricStats> metricStats = new TreeMap<>();
    byMetric.forEach((name, m) -> metricStats.put(name, m.stats()));
    ModelSummary.Tokens tokenSums = tokens.totals();
    return new ModelSummary(
        ref.id(),
        ref.provider(),
        ref.model(),
        status.state(),
        status.reason(),
        scoredSamples,
        errors,
        unscoredSamples,
        calls == 0 ? null : (double) errors / calls,
        new ModelSummary.Score(
            sampleScores.mean(),
            sampleScores.min(),
            sampleScores.max(),
            sampleScores.sum(),
            sampleScores.stdDev(),
            null),
        metricStats,
        tokenSums,
        cost(tokenSums, status, sampleScores, scoredSamples),
        latency(status.activeTime())
            .withStreaming(
                ttft == null ? null : ttft.getValueAtPercentile(50.0),
                ttft == null ? null : ttft.getValueAtPercentile(95.0),
                tokensPerSecond == null ? null : median(tokensPerSecond),
                streamed)
            .withBatch(batch),
        new ModelSummary.Retries(attempts, waitedMs),
        null,
        List.of(),
        truncated,
        consistency,
        cachedCalls == 0
            ? null
            : new ModelSummary.CacheSavings(cachedCalls, savedUnknown ? null : saved),
        Map.of());
  }

  private ModelSummary.Cost cost(
      ModelSummary.Tokens t, ModelStatus status, RunningStats score, long samples) {
    BigDecimal total = costSeen && !costUnknown ? cost : null;
    BigDecimal tokenCount =
        t.input() == null && t.output() == null
            ? null
            : BigDecimal.valueOf(
                (t.input() == null ? 0 : t.input()) + (t.output() == null ? 0 : t.output()));
    BigDecimal perK =
        ReportJson.divide(
            total == null ? null : total.multiply(BigDecimal.valueOf(1000)), tokenCount);
    // the score sum is a double; BigDecimal.valueOf uses its shortest exact decimal form
    BigDecimal perScore =
        score.count() == 0 ? null : ReportJson.divide(total, BigDecimal.valueOf(score.sum()));
    BigDecimal perSample = ReportJson.divide(total, BigDecimal.valueOf(samples));
    return new ModelSummary.Cost(total, perK, perScore, perSample, status.price());
  }

  private ModelSummary.Latency latency(Duration activeTime) {
    Double connectMean = connects == 0 ? null : (double) connectSum / connects;
    if (latency == null) {
      return new ModelSummary.Latency(
          null, null, null, null, null, null, null, connectMean, timeouts);
    }
    long count = latency.getTotalCount();
    Double rps =
        activeTime == null || activeTime.isZero() || activeTime.isNegative()
            ? null
            : okCalls / (activeTime.toNanos() / 1e9);
    return new ModelSummary.Latency(
        (double) latencySum / count,
        latency.getValueAtPercentile(50.0),
        latency.getValueAtPercentile(95.0),
        latencyMax,
        rps,
        latency.getValueAtPercentile(90.0),
        latency.getValueAtPercentile(99.0),
        connectMean,
        timeouts);
  }

  /** The median to the histogram's precision, rounded to 0.1 token a second. */
  private static double median(DoubleHistogram h) {
    return Math.round(h.getValueAtPercentile(50.0) * 10) / 10.0;
  }

  /** One metric's running figures: scores that worked, and failed evaluations apart. */
  private static final class MetricAccumulator {
    private final RunningStats stats = new RunningStats();
    private long passed;
    private long errors;
    private String firstError;

    void add(double value) {
      stats.add(value);
      if (value >= ModelSummary.PASS_THRESHOLD) {
        passed++;
      }
    }

    /** A new accumulator with this one's failed evaluations and no score. */
    MetricAccumulator errorsOnly() {
      MetricAccumulator copy = new MetricAccumulator();
      copy.errors = errors;
      copy.firstError = firstError;
      return copy;
    }

    void fail(String why) {
      errors++;
      if (firstError == null) {
        firstError = why;
      }
    }

    ModelSummary.MetricStats stats() {
      long n = stats.count();
      return new ModelSummary.MetricStats(
          stats.mean(),
          n == 0 ? null : (double) passed / n,
          n,
          passed,
          errors,
          stats.stdDev(),
          firstError,
          null);
    }
  }
}
