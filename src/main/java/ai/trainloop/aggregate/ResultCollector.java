package ai.trainloop.aggregate;

import ai.trainloop.cost.CostCalculator;
import ai.trainloop.cost.ModelPrice;
import ai.trainloop.eval.MetricScore;
import ai.trainloop.provider.Usage;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.ResultsJsonlWriter;
import ai.trainloop.run.CallResult;
import ai.trainloop.run.RunControl;
import ai.trainloop.run.RunListener;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Where every finished call goes: priced from the tokens the provider reported, appended to
 * results.jsonl (one flushed line per call), added to the running aggregates, and passed on to the
 * progress line. Thread-safe.
 */
public final class ResultCollector implements RunListener {
  private final Map<String, ModelPrice> prices;
  private final ResultsJsonlWriter results;
  private final RunAggregator aggregator;
  private final RunListener progress;
  private final Consumer<ResultRow> alsoTell;
  private final Consumer<String> warn;
  private final Set<String> stoppedWarned = ConcurrentHashMap.newKeySet();
  private final Set<String> noUsageWarned = ConcurrentHashMap.newKeySet();
  private final RunControl control;
  private final DroppedParams dropped;

  /**
   * @param prices model id to price, for the models whose price is known
   * @param progress told of every result and wait, after the row is recorded
   * @param alsoTell told every row after it is recorded (the budget settles its estimate there)
   * @param warn where a warning goes (a model stopped, results.jsonl not written)
   * @param control stopped when results.jsonl cannot be written: a run that cannot keep its results
   *     stops
   */
  public ResultCollector(
      Map<String, ModelPrice> prices,
      ResultsJsonlWriter results,
      RunAggregator aggregator,
      RunListener progress,
      Consumer<ResultRow> alsoTell,
      Consumer<String> warn,
      RunControl control) {
    this(prices, results, aggregator, progress, alsoTell, warn, control, new DroppedParams(warn));
  }

  /**
   * @param dropped told the recorded fields each call left out
   */
  public ResultCollector(
      Map<String, ModelPrice> prices,
      ResultsJsonlWriter results,
      RunAggregator aggregator,
      RunListener progress,
      Consumer<ResultRow> alsoTell,
      Consumer<String> warn,
      RunControl control,
      DroppedParams dropped) {
    this.dropped = dropped;
    this.control = control;
    this.prices = prices;
    this.results = results;
    this.aggregator = aggregator;
    this.progress = progress;
    this.alsoTell = alsoTell;
    this.warn = warn;
  }

  @Override
  public void onResult(CallResult r) {
    dropped.add(r.modelId(), r.sent().dropped());
    ResultRow row = toRow(r);
    if (row.streamed()
        && r.response() != null
        && !r.usage().known()
        && noUsageWarned.add(r.modelId())) {
      warn.accept(
          r.modelId()
              + ": its streamed replies report no usage, so their tokens, tokens per second and"
              + " cost are unknown (never estimated); a server that ignores"
              + " stream_options.include_usage does this");
    }
    try {
      results.write(row);
    } catch (IOException e) {
      String reason = "cannot write results.jsonl: " + e.getMessage();
      if (!control.stopped()) {
        warn.accept(reason + "; stopping the run");
      }
      control.stop(reason);
    }
    aggregator.add(row.withoutResponse());
    progress.onResult(r);
    alsoTell.accept(row);
  }

  /**
   * A result kept from the run being resumed (already in results.jsonl, not written again): added
   * to the aggregates, the progress and {@code alsoTell} (the budget's spend) as if it had just
   * arrived.
   */
  public void replay(ResultRow row) {
    aggregator.add(row.withoutResponse());
    progress.onResult(
        CallResult.builder()
            .sampleId(row.sampleId())
            .tag(row.tag())
            .modelId(row.modelId())
            .error(row.error())
            .repeat(row.repeat())
            .build());
    alsoTell.accept(row);
  }

  @Override
  public void onWaiting(String modelId, Duration wait, String reason) {
    progress.onWaiting(modelId, wait, reason);
  }

  @Override
  public void onModelStopped(String modelId, String reason) {
    if (stoppedWarned.add(modelId)) {
      warn.accept("stopped " + modelId + ": " + reason + " (the other models go on)");
    }
  }

  /** The row of one finished call, priced at its model's price when known. */
  ResultRow toRow(CallResult r) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    Map<String, String> metricErrors = new LinkedHashMap<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    for (MetricScore m : r.metrics()) {
      if (m.reason() != null) {
        reasons.put(m.metric(), m.reason());
      }
      if (m.failed()) {
        metricErrors.put(m.metric(), m.error()); // a failed evaluation has no score, not a 0
      } else {
        metrics.put(m.metric(), m.score());
      }
    }
    Usage u = r.usage();
    ModelPrice price = prices.get(r.modelId());
    // a reply whose scoring failed was still paid for (an error row has unknown usage otherwise)
    BigDecimal cost = price != null && u.known() ? CostCalculator.cost(u, price) : null;
    boolean cached = r.times().cached();
    // a cached reply was not paid for this run and its latency is not this run's: left out
    BigDecimal saved = cached ? cost : null;
    if (cached) {
      cost = BigDecimal.ZERO;
    }
    Long latency = r.latency() == null || cached ? null : r.latency().toMillis();
    return ResultRow.builder()
        .sampleId(r.sampleId())
        .tag(r.tag())
        .modelId(r.modelId())
        .score(r.score())
        .metrics(metrics)
        .metricErrors(metricErrors)
        .latencyMs(latency)
        .inputTokens(u.inputTokens())
        .outputTokens(u.outputTokens())
        .cachedInputTokens(u.cachedInputTokens())
        .reasoningTokens(u.reasoningTokens())
        .costUsd(cost)
        .error(r.error())
        .attempts(r.attempts())
        .waitMs(r.waited().toMillis())
        .response(r.response())
        .connectMs(r.times().connect() == null ? null : r.times().connect().toMillis())
        .timeouts(r.times().timeouts())
        .timeoutMs(r.times().timeout() == null ? null : r.times().timeout().toMillis())
        .reasons(reasons)
        .params(r.sent().params())
        .streamed(r.times().streamed())
        .ttftMs(r.times().firstToken() == null || cached ? null : r.times().firstToken().toMillis())
        .outputTokensPerSecond(
            cached ? null : tokensPerSecond(r.latency(), r.times().firstToken(), u))
        .toolCalls(r.toolCalls())
        .finishReason(r.finishReason())
        .finishReasonRaw(r.finishReasonRaw())
        .cached(cached)
        .batch(r.times().batched())
        .savedUsd(saved)
        .repeat(r.repeat())
        .build();
  }

  /**
   * Output tokens ÷ (total − time to first token), from the reported usage; null when either time
   * or the tokens are unknown, or when no time passed after the first token (a reply read in one
   * go).
   */
  static Double tokensPerSecond(Duration total, Duration firstToken, Usage u) {
    if (total == null || firstToken == null || u.outputTokens() == null) {
      return null;
    }
    long nanos = total.minus(firstToken).toNanos();
    return nanos <= 0 ? null : u.outputTokens() / (nanos / 1e9);
  }
}
