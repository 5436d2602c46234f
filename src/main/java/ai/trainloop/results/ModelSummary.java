package ai.trainloop.results;

import ai.trainloop.cost.Price;
import ai.trainloop.stats.Interval;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the tables and report.json say about one model of a run. Every average is over a
 * stated set: score figures over the {@code samples} scored (successful calls), latency over
 * successful calls, cost ratios over the model's whole spend. {@code null} means unknown or "no
 * data", never zero. The aggregates come from {@code aggregate}; the intervals and {@code
 * selection} are added by the steps after it. A summary read back from report.json lacks the
 * figures the file does not hold: {@code score.sum} is 0 and {@code score.stdDev}, and each
 * metric's {@code passed}, {@code stdDev} and {@code firstError}, are 0 or null.
 *
 * @param id label, else provider/model
 * @param provider provider name
 * @param model provider's model id
 * @param status ok, skipped, failed or stopped (given by the caller)
 * @param statusReason why, for anything but ok; else null
 * @param samples samples scored: calls that succeeded
 * @param errors samples whose call failed
 * @param unscored samples whose call succeeded but on which every metric failed: counted in {@code
 *     samples}, left out of the score figures (never a score of 0)
 * @param errorRate errors ÷ (samples + errors); null when the model made no call
 * @param score the per-sample score (mean of the metrics that worked) over the scored samples,
 *     unscored ones left out
 * @param metrics metric name (sorted) to its figures over the samples it scored
 * @param tokens token sums over every call that reported them
 * @param cost money spent and its ratios
 * @param latency response times over successful calls and timed-out attempts
 * @param retries attempts and waiting over every call
 * @param selection gates, decision-matrix row and composite; null before model selection (or when
 *     the report has none for this model)
 * @param droppedParams recorded request fields this model's vendor was not sent, each one that does
 *     not change the task ({@code dropped_params}, left out when none)
 * @param truncated replies cut at the token limit (finish reason {@code length}), counted among
 *     {@code samples}
 * @param consistency how a run with repeats agreed with itself; null without repeats
 * @param cacheSavings replies answered from the response cache and what they saved; null when none
 * @param byTag tag (sorted) to the model's figures over that tag's samples ({@code by_tag}); empty
 *     when not computed
 */
public record ModelSummary(
    String id,
    String provider,
    String model,
    ModelState status,
    String statusReason,
    long samples,
    long errors,
    long unscored,
    Double errorRate,
    Score score,
    Map<String, MetricStats> metrics,
    Tokens tokens,
    Cost cost,
    Latency latency,
    Retries retries,
    ModelSelection selection,
    List<String> droppedParams,
    long truncated,
    Consistency consistency,
    CacheSavings cacheSavings,
    Map<String, TagSummary> byTag) {
  /** A sample passes a metric when its score for it is at least this. */
  public static final double PASS_THRESHOLD = 0.5;

  public ModelSummary {
    droppedParams = droppedParams == null ? List.of() : List.copyOf(droppedParams);
    byTag =
        byTag == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byTag));
    if (truncated < 0) {
      throw new IllegalArgumentException("truncated must not be negative: " + truncated);
    }
  }

  /** A summary of a run without repeats, cached replies or per-tag figures. */
  public ModelSummary(
      String id,
      String provider,
      String model,
      ModelState status,
      String statusReason,
      long samples,
      long errors,
      long unscored,
      Double errorRate,
      Score score,
      Map<String, MetricStats> metrics,
      Tokens tokens,
      Cost cost,
      Latency latency,
      Retries retries,
      ModelSelection selection,
      List<String> droppedParams,
      long truncated) {
    this(
        id,
        provider,
        model,
        status,
        statusReason,
        samples,
        errors,
        unscored,
        errorRate,
        score,
        metrics,
        tokens,
        cost,
        latency,
        retries,
        selection,
        droppedParams,
        truncated,
        null,
        null,
        Map.of());
  }

  /**
   * How the repeats of a run's samples agreed (report.json's {@code flaky_samples} and {@code
   * consistency}).
   *
   * @param flakySamples ids of the samples whose score differed between successful repeats, in
   *     sample order
   * @param consistency the share of the samples with at least two successful repeats whose score
   *     did not differ; null when no sample has two
   */
  public record Consistency(List<String> flakySamples, Double consistency) {
    public Consistency {
      flakySamples = flakySamples == null ? List.of() : List.copyOf(flakySamples);
    }
  }

  /**
   * The replies of a model answered from the response cache ({@code cached}, {@code saved_usd}).
   *
   * @param cached calls answered from the cache (left out of latency, cost 0 in the spend)
   * @param savedUsd what they cost when first fetched; null when a price is unknown
   */
  public record CacheSavings(long cached, BigDecimal savedUsd) {}

  /** A summary without a count of truncated replies. */
  public ModelSummary(
      String id,
      String provider,
      String model,
      ModelState status,
      String statusReason,
      long samples,
      long errors,
      long unscored,
      Double errorRate,
      Score score,
      Map<String, MetricStats> metrics,
      Tokens tokens,
      Cost cost,
      Latency latency,
      Retries retries,
      ModelSelection selection,
      List<String> droppedParams) {
    this(
        id,
        provider,
        model,
        status,
        statusReason,
        samples,
        errors,
        unscored,
        errorRate,
        score,
        metrics,
        tokens,
        cost,
        latency,
        retries,
        selection,
        droppedParams,
        0);
  }

  /** A summary whose vendor was sent every recorded field. */
  public ModelSummary(
      String id,
      String provider,
      String model,
      ModelState status,
      String statusReason,
      long samples,
      long errors,
      long unscored,
      Double errorRate,
      Score score,
      Map<String, MetricStats> metrics,
      Tokens tokens,
      Cost cost,
      Latency latency,
      Retries retries,
      ModelSelection selection) {
    this(
        id,
        provider,
        model,
        status,
        statusReason,
        samples,
        errors,
        unscored,
        errorRate,
        score,
        metrics,
        tokens,
        cost,
        latency,
        retries,
        selection,
        List.of());
  }

  /**
   * Per-sample scores over the scored samples; all null when there are none.
   *
   * @param mean sum ÷ count
   * @param min lowest
   * @param max highest
   * @param sum sum of the sample scores (the divisor of cost per score)
   * @param stdDev sample standard deviation (n − 1), for confidence intervals; null below two
   *     samples
   * @param ci95 95% interval of the mean ({@link Interval#UNKNOWN} when it cannot be computed);
   *     null when none was computed
   */
  public record Score(
      Double mean, Double min, Double max, double sum, Double stdDev, Interval ci95) {

    /** These figures with the interval {@code ci95}. */
    public Score withCi95(Interval ci95) {
      return new Score(mean, min, max, sum, stdDev, ci95);
    }
  }

  /**
   * One metric's figures for one model. A sample passes a metric when its score is at least {@link
   * ModelSummary#PASS_THRESHOLD} (0.5).
   *
   * @param score mean score over {@code samples}; null when the metric failed on every sample
   * @param passRate passed ÷ samples; null when the metric failed on every sample
   * @param samples samples this metric scored (its failed evaluations not included)
   * @param passed samples that passed
   * @param errors failed evaluations: the metric threw, returned NaN or a value outside 0..1, or
   *     timed out; left out of {@code score} and {@code passRate}, never counted as 0
   * @param stdDev sample standard deviation of the scores; null below two samples
   * @param firstError the reason of the first failed evaluation; null when none failed
   * @param ci95 95% interval of {@code score} ({@link Interval#UNKNOWN} when it cannot be
   *     computed); null when none was computed
   */
  public record MetricStats(
      Double score,
      Double passRate,
      long samples,
      long passed,
      long errors,
      Double stdDev,
      String firstError,
      Interval ci95) {

    /** These figures with the interval {@code ci95}. */
    public MetricStats withCi95(Interval ci95) {
      return new MetricStats(score, passRate, samples, passed, errors, stdDev, firstError, ci95);
    }

    /** Evaluations attempted: scores plus failures. */
    public long evaluations() {
      return samples + errors;
    }
  }

  /**
   * Token sums; a field is null when no call reported it.
   *
   * @param input input tokens (cached ones included)
   * @param output output tokens (reasoning ones included)
   * @param cachedInput the part of input read from a prompt cache
   * @param reasoning the part of output spent on reasoning
   */
  public record Tokens(Long input, Long output, Long cachedInput, Long reasoning) {}

  /**
   * Money in USD. {@code total} is the exact sum of every call's cost and is null (unknown) when
   * any successful call's cost was unknown, or when no call carried a cost. The ratios are divided
   * at {@link java.math.MathContext#DECIMAL64} and are null when the total is unknown or their
   * divisor is 0.
   *
   * @param total exact sum
   * @param per1kTokens total × 1000 ÷ (input + output tokens)
   * @param perScore total ÷ sum of sample scores
   * @param perSample total ÷ samples scored
   * @param price the price the costs were computed with; null when none
   */
  public record Cost(
      BigDecimal total,
      BigDecimal per1kTokens,
      BigDecimal perScore,
      BigDecimal perSample,
      Price price,
      JudgeCost judge) {

    /** The candidate's own cost, with no judge. */
    public Cost(
        BigDecimal total,
        BigDecimal per1kTokens,
        BigDecimal perScore,
        BigDecimal perSample,
        Price price) {
      this(total, per1kTokens, perScore, perSample, price, null);
    }

    public boolean known() {
      return total != null;
    }

    /** This cost with what judging the model's replies cost beside it. */
    public Cost withJudge(JudgeCost judgeCost) {
      return new Cost(total, per1kTokens, perScore, perSample, price, judgeCost);
    }
  }

  /**
   * What judging a model's replies cost ({@code cost.judge_usd}), apart from its own {@code
   * total_usd}; present only when a judge ran.
   *
   * @param usd exact, or null when a judge's price is unknown
   */
  public record JudgeCost(BigDecimal usd) {}

  /**
   * Latency in milliseconds over the model's latency distribution: each successful call's latency
   * (from its request's first byte written to its reply's last byte read; connection set-up and
   * local queueing left out) and each attempt that timed out, at the limit it passed, whether or
   * not a later attempt succeeded; all null when the distribution is empty. Percentiles are
   * nearest-rank (the smallest recorded value with at least p% of values at or below it), exact to
   * the millisecond up to 262 s.
   *
   * @param mean exact sum ÷ count
   * @param p50 median
   * @param p95 95th percentile
   * @param max slowest
   * @param requestsPerSecond successful calls ÷ the model's active wall time; null when that is
   *     unknown
   * @param p90 90th percentile
   * @param p99 99th percentile
   * @param connectMean mean connection set-up (DNS, connect, TLS) of the successful calls that
   *     opened a connection; null when none did
   * @param timeouts attempts that timed out (each in the distribution at its limit)
   * @param ttftP50 median time to first token of the successful streamed calls that had one ({@code
   *     latency_ms.ttft_p50}); null when none
   * @param ttftP95 its 95th percentile ({@code latency_ms.ttft_p95}); null when none
   * @param outputTokensPerSecond the median of the streamed calls' output tokens ÷ (total − time to
   *     first token), from the reported usage ({@code output_tokens_per_second}); null when no call
   *     had both
   * @param streamed whether the model's calls asked for streamed replies ({@code streamed})
   * @param batch whether the model's calls went through its vendor's batch API ({@code batch}): its
   *     calls have no latency (a batch takes hours, not a call's time), so every figure is null and
   *     its speed is not ranked
   */
  public record Latency(
      Double mean,
      Long p50,
      Long p95,
      Long max,
      Double requestsPerSecond,
      Long p90,
      Long p99,
      Double connectMean,
      long timeouts,
      Long ttftP50,
      Long ttftP95,
      Double outputTokensPerSecond,
      boolean streamed,
      boolean batch) {

    /** The figures of a model not batched. */
    public Latency(
        Double mean,
        Long p50,
        Long p95,
        Long max,
        Double requestsPerSecond,
        Long p90,
        Long p99,
        Double connectMean,
        long timeouts,
        Long ttftP50,
        Long ttftP95,
        Double outputTokensPerSecond,
        boolean streamed) {
      this(
          mean,
          p50,
          p95,
          max,
          requestsPerSecond,
          p90,
          p99,
          connectMean,
          timeouts,
          ttftP50,
          ttftP95,
          outputTokensPerSecond,
          streamed,
          false);
    }

    /** These figures of a model whose calls went through a batch API, or not. */
    public Latency withBatch(boolean batch) {
      return new Latency(
          mean,
          p50,
          p95,
          max,
          requestsPerSecond,
          p90,
          p99,
          connectMean,
          timeouts,
          ttftP50,
          ttftP95,
          outputTokensPerSecond,
          streamed,
          batch);
    }

    /** Without the figures added later: no p90, p99 or set-up, no timeouts. */
    public Latency(Double mean, Long p50, Long p95, Long max, Double requestsPerSecond) {
      this(mean, p50, p95, max, requestsPerSecond, null, null, null, 0);
    }

    /** The figures of calls that were not streamed. */
    public Latency(
        Double mean,
        Long p50,
        Long p95,
        Long max,
        Double requestsPerSecond,
        Long p90,
        Long p99,
        Double connectMean,
        long timeouts) {
      this(
          mean,
          p50,
          p95,
          max,
          requestsPerSecond,
          p90,
          p99,
          connectMean,
          timeouts,
          null,
          null,
          null,
          false);
    }

    /** These figures with a streamed run's: time to first token and output tokens per second. */
    public Latency withStreaming(
        Long ttftP50, Long ttftP95, Double outputTokensPerSecond, boolean streamed) {
      return new Latency(
          mean,
          p50,
          p95,
          max,
          requestsPerSecond,
          p90,
          p99,
          connectMean,
          timeouts,
          ttftP50,
          ttftP95,
          outputTokensPerSecond,
          streamed,
          batch);
    }
  }

  /**
   * Retries over every call.
   *
   * @param attempts attempts made in all (1 per call that succeeded at once)
   * @param waitedMs time spent waiting before retries and for rate limits
   */
  public record Retries(long attempts, long waitedMs) {}

  /** Whether this model has rows in the tables (everything but a skipped model). */
  public boolean shown() {
    return status != ModelState.SKIPPED;
  }

  /**
   * This summary with the 95% intervals of its Avg and of its metrics; a metric missing from {@code
   * byMetric} keeps none.
   */
  public ModelSummary withIntervals(Interval avg, Map<String, Interval> byMetric) {
    Map<String, MetricStats> withCi = new LinkedHashMap<>();
    metrics.forEach((name, s) -> withCi.put(name, s.withCi95(byMetric.get(name))));
    return with(score.withCi95(avg), withCi, selection);
  }

  /** This summary with what judging its replies cost; unchanged when it has no cost section. */
  public ModelSummary withJudgeCost(JudgeCost judgeCost) {
    if (cost == null) {
      return this;
    }
    return new ModelSummary(
        id,
        provider,
        model,
        status,
        statusReason,
        samples,
        errors,
        unscored,
        errorRate,
        score,
        metrics,
        tokens,
        cost.withJudge(judgeCost),
        latency,
        retries,
        selection,
        droppedParams,
        truncated,
        consistency,
        cacheSavings,
        byTag);
  }

  /** This summary with the recorded fields its vendor was not sent. */
  public ModelSummary withDroppedParams(List<String> fields) {
    return new ModelSummary(
        id,
        provider,
        model,
        status,
        statusReason,
        samples,
        errors,
        unscored,
        errorRate,
        score,
        metrics,
        tokens,
        cost,
        latency,
        retries,
        selection,
        fields,
        truncated,
        consistency,
        cacheSavings,
        byTag);
  }

  /** This summary with its figures tag by tag. */
  public ModelSummary withByTag(Map<String, TagSummary> tags) {
    return new ModelSummary(
        id,
        provider,
        model,
        status,
        statusReason,
        samples,
        errors,
        unscored,
        errorRate,
        score,
        metrics,
        tokens,
        cost,
        latency,
        retries,
        selection,
        droppedParams,
        truncated,
        consistency,
        cacheSavings,
        tags);
  }

  /** This summary with model selection's verdict on it. */
  public ModelSummary withSelection(ModelSelection verdict) {
    return with(score, metrics, verdict);
  }

  private ModelSummary with(
      Score newScore, Map<String, MetricStats> newMetrics, ModelSelection newSelection) {
    return new ModelSummary(
        id,
        provider,
        model,
        status,
        statusReason,
        samples,
        errors,
        unscored,
        errorRate,
        newScore,
        newMetrics,
        tokens,
        cost,
        latency,
        retries,
        newSelection,
        droppedParams,
        truncated,
        consistency,
        cacheSavings,
        byTag);
  }
}
