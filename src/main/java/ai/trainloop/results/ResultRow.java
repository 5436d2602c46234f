package ai.trainloop.results;

import ai.trainloop.chat.ToolCall;
import ai.trainloop.eval.FinishReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One (sample, model) outcome as it is written to results.jsonl and report.json.
 *
 * @param sampleId the recorded prompt's id
 * @param tag its tag
 * @param modelId the model's id as the tables show it
 * @param score mean of the scores of the metrics that worked; null when the call failed or when
 *     every metric failed (an unscored sample)
 * @param metrics metric name to score (insertion-ordered), only metrics that worked; empty when the
 *     call failed
 * @param metricErrors metric name to why its evaluation failed (it threw, returned NaN or a value
 *     outside 0..1, or timed out); such a metric has no score
 * @param latencyMs wall-clock time of the successful attempt; null when the call failed
 * @param inputTokens as reported; null when unknown
 * @param outputTokens as reported; null when unknown
 * @param cachedInputTokens the part of inputTokens read from a prompt cache, as reported; null when
 *     unknown
 * @param reasoningTokens the part of outputTokens spent on reasoning or thoughts, as reported; null
 *     when unknown
 * @param costUsd exact cost; null when unknown (no price, no usage, or cost tracking off)
 * @param error why the call failed; null on success
 * @param attempts attempts made (1 when the first succeeded)
 * @param waitMs time spent waiting before retries and for rate limits
 * @param response the reply text (results.jsonl only; null in report.json)
 * @param connectMs connection set-up (DNS, connect, TLS) of the successful attempt, kept out of
 *     {@code latencyMs}; null when it reused an open connection or when unknown
 * @param timeouts attempts of this call that timed out (each enters the model's latency
 *     distribution at {@code timeoutMs}), whether or not a later attempt succeeded
 * @param timeoutMs the limit those attempts timed out at; null when none did
 * @param reasons metric name to why it gave its score (a judge's verdicts, a metric's own reason);
 *     empty when no metric gave one
 * @param params what the call sent beside the messages, as plain values ({@code temperature},
 *     {@code max_tokens}, {@code tools} by name, ...; results.jsonl only, left out when empty)
 * @param ttftMs a streamed call's time to first token: from its request's first byte written to its
 *     first non-empty text or tool-call delta; null when not streamed or when no token came
 * @param outputTokensPerSecond a streamed call's output tokens ÷ (latency − time to first token),
 *     from the vendor's reported usage; null when the tokens are unknown, or when no time passed
 *     after the first token
 * @param streamed whether the call asked for its reply as a stream
 * @param toolCalls the tool calls the reply made (results.jsonl only, left out when none)
 * @param finishReason why the reply ended, normalised; null when the call failed or the provider
 *     did not say (results.jsonl only)
 * @param finishReasonRaw the provider's own word for it (results.jsonl only)
 * @param cached whether the reply came from the response cache: nothing was sent, its cost is 0 and
 *     its latency is left out (null)
 * @param savedUsd a cached reply's original cost, what the cache saved; null when not cached or the
 *     price is unknown
 * @param repeat which repeat of its (sample, model) pair the call was, 0..N−1; null when the run
 *     had no repeats (then the pair's only call, as repeat 0: {@link #repeatIndex()})
 * @param batch whether the call went through its vendor's batch API ({@code --batch}): priced at
 *     the batch rate, its latency null (a batch takes hours, not a call's time)
 */
public record ResultRow(
    String sampleId,
    String tag,
    String modelId,
    Double score,
    Map<String, Double> metrics,
    Map<String, String> metricErrors,
    Long latencyMs,
    Long inputTokens,
    Long outputTokens,
    Long cachedInputTokens,
    Long reasoningTokens,
    BigDecimal costUsd,
    String error,
    int attempts,
    long waitMs,
    String response,
    Long connectMs,
    int timeouts,
    Long timeoutMs,
    Map<String, String> reasons,
    Map<String, Object> params,
    Long ttftMs,
    Double outputTokensPerSecond,
    boolean streamed,
    List<ToolCall> toolCalls,
    FinishReason finishReason,
    String finishReasonRaw,
    boolean cached,
    BigDecimal savedUsd,
    Integer repeat,
    boolean batch) {

  public ResultRow {
    params = params == null ? Map.of() : params;
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    metrics = metrics == null ? Map.of() : metrics;
    metricErrors = metricErrors == null ? Map.of() : metricErrors;
    reasons = reasons == null ? Map.of() : reasons;
    if (timeouts < 0) {
      throw new IllegalArgumentException("timeouts must not be negative: " + timeouts);
    }
  }

  /** As the canonical constructor, for a row not batched. */
  public ResultRow(
      String sampleId,
      String tag,
      String modelId,
      Double score,
      Map<String, Double> metrics,
      Map<String, String> metricErrors,
      Long latencyMs,
      Long inputTokens,
      Long outputTokens,
      Long cachedInputTokens,
      Long reasoningTokens,
      BigDecimal costUsd,
      String error,
      int attempts,
      long waitMs,
      String response,
      Long connectMs,
      int timeouts,
      Long timeoutMs,
      Map<String, String> reasons,
      Map<String, Object> params,
      Long ttftMs,
      Double outputTokensPerSecond,
      boolean streamed,
      List<ToolCall> toolCalls,
      FinishReason finishReason,
      String finishReasonRaw,
      boolean cached,
      BigDecimal savedUsd,
      Integer repeat) {
    this(
        sampleId,
        tag,
        modelId,
        score,
        metrics,
        metricErrors,
        latencyMs,
        inputTokens,
        outputTokens,
        cachedInputTokens,
        reasoningTokens,
        costUsd,
        error,
        attempts,
        waitMs,
        response,
        connectMs,
        timeouts,
        timeoutMs,
        reasons,
        params,
        ttftMs,
        outputTokensPerSecond,
        streamed,
        toolCalls,
        finishReason,
        finishReasonRaw,
        cached,
        savedUsd,
        repeat,
        false);
  }

  /** As the canonical constructor, for a row without timing extras (no set-up, no timeout). */
  public ResultRow(
      String sampleId,
      String tag,
      String modelId,
      Double score,
      Map<String, Double> metrics,
      Map<String, String> metricErrors,
      Long latencyMs,
      Long inputTokens,
      Long outputTokens,
      Long cachedInputTokens,
      Long reasoningTokens,
      BigDecimal costUsd,
      String error,
      int attempts,
      long waitMs,
      String response) {
    this(
        sampleId,
        tag,
        modelId,
        score,
        metrics,
        metricErrors,
        latencyMs,
        inputTokens,
        outputTokens,
        cachedInputTokens,
        reasoningTokens,
        costUsd,
        error,
        attempts,
        waitMs,
        response,
        null,
        0,
        null,
        Map.of(),
        Map.of(),
        null,
        null,
        false,
        List.of(),
        null,
        null,
        false,
        null,
        null);
  }

  /** As the canonical constructor, for a row whose reply made no tool call and gave no reason. */
  public ResultRow(
      String sampleId,
      String tag,
      String modelId,
      Double score,
      Map<String, Double> metrics,
      Map<String, String> metricErrors,
      Long latencyMs,
      Long inputTokens,
      Long outputTokens,
      Long cachedInputTokens,
      Long reasoningTokens,
      BigDecimal costUsd,
      String error,
      int attempts,
      long waitMs,
      String response,
      Long connectMs,
      int timeouts,
      Long timeoutMs,
      Map<String, String> reasons,
      Map<String, Object> params) {
    this(
        sampleId,
        tag,
        modelId,
        score,
        metrics,
        metricErrors,
        latencyMs,
        inputTokens,
        outputTokens,
        cachedInputTokens,
        reasoningTokens,
        costUsd,
        error,
        attempts,
        waitMs,
        response,
        connectMs,
        timeouts,
        timeoutMs,
        reasons,
        params,
        null,
        null,
        false,
        List.of(),
        null,
        null,
        false,
        null,
        null);
  }

  /**
   * What the call costs in production: its cost, or for a reply read from the response cache what
   * it cost when it was made ({@code saved_usd}); null when unknown.
   */
  public BigDecimal productionCostUsd() {
    return cached ? savedUsd : costUsd;
  }

  /** The repeat index, 0 for a run without repeats. */
  public int repeatIndex() {
    return repeat == null ? 0 : repeat;
  }

  /** Whether the reply was cut at the token limit. */
  public boolean truncated() {
    return ok() && finishReason == FinishReason.LENGTH;
  }

  public boolean ok() {
    return error == null;
  }

  /**
   * Whether the call succeeded but every metric failed on it: no score, counted apart and never as
   * 0.
   */
  public boolean unscored() {
    return ok() && score == null;
  }

  /**
   * This row with the cached-input and reasoning token counts the provider reported (null:
   * unknown).
   */
  public ResultRow withTokenDetails(Long cachedInput, Long reasoning) {
    return toBuilder().cachedInputTokens(cachedInput).reasoningTokens(reasoning).build();
  }

  /**
   * This row without its reply text, tool calls and parameters, as report.json holds it (the finish
   * reason stays, for the counts).
   */
  public ResultRow withoutResponse() {
    return toBuilder().response(null).params(null).toolCalls(null).build();
  }

  /** A builder with every component unset: null, empty maps, 0 attempts and 0 ms waited. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this row's components. */
  public Builder toBuilder() {
    return new Builder()
        .sampleId(sampleId)
        .tag(tag)
        .modelId(modelId)
        .score(score)
        .metrics(metrics)
        .metricErrors(metricErrors)
        .latencyMs(latencyMs)
        .inputTokens(inputTokens)
        .outputTokens(outputTokens)
        .cachedInputTokens(cachedInputTokens)
        .reasoningTokens(reasoningTokens)
        .costUsd(costUsd)
        .error(error)
        .attempts(attempts)
        .waitMs(waitMs)
        .response(response)
        .connectMs(connectMs)
        .timeouts(timeouts)
        .timeoutMs(timeoutMs)
        .reasons(reasons)
        .params(params)
        .ttftMs(ttftMs)
        .outputTokensPerSecond(outputTokensPerSecond)
        .streamed(streamed)
        .toolCalls(toolCalls)
        .finishReason(finishReason)
        .finishReasonRaw(finishReasonRaw)
        .cached(cached)
        .savedUsd(savedUsd)
        .repeat(repeat)
        .batch(batch);
  }

  /** Builds a {@link ResultRow} by named components; see the record for what each means. */
  public static final class Builder {
    private String sampleId;
    private String tag;
    private String modelId;
    private Double score;
    private Map<String, Double> metrics = Map.of();
    private Map<String, String> metricErrors = Map.of();
    private Long latencyMs;
    private Long inputTokens;
    private Long outputTokens;
    private Long cachedInputTokens;
    private Long reasoningTokens;
    private BigDecimal costUsd;
    private String error;
    private int attempts;
    private long waitMs;
    private String response;
    private Long connectMs;
    private int timeouts;
    private Long timeoutMs;
    private Map<String, String> reasons = Map.of();
    private Map<String, Object> params;
    private Long ttftMs;
    private Double outputTokensPerSecond;
    private boolean streamed;
    private boolean cached;
    private BigDecimal savedUsd;
    private Integer repeat;
    private boolean batch;
    private List<ToolCall> toolCalls;
    private FinishReason finishReason;
    private String finishReasonRaw;

    private Builder() {}

    public Builder batch(boolean batch) {
      this.batch = batch;
      return this;
    }

    public Builder toolCalls(List<ToolCall> toolCalls) {
      this.toolCalls = toolCalls;
      return this;
    }

    public Builder finishReason(FinishReason finishReason) {
      this.finishReason = finishReason;
      return this;
    }

    public Builder finishReasonRaw(String finishReasonRaw) {
      this.finishReasonRaw = finishReasonRaw;
      return this;
    }

    public Builder sampleId(String sampleId) {
      this.sampleId = sampleId;
      return this;
    }

    public Builder tag(String tag) {
      this.tag = tag;
      return this;
    }

    public Builder modelId(String modelId) {
      this.modelId = modelId;
      return this;
    }

    public Builder score(Double score) {
      this.score = score;
      return this;
    }

    public Builder metrics(Map<String, Double> metrics) {
      this.metrics = metrics;
      return this;
    }

    public Builder metricErrors(Map<String, String> metricErrors) {
      this.metricErrors = metricErrors;
      return this;
    }

    public Builder latencyMs(Long latencyMs) {
      this.latencyMs = latencyMs;
      return this;
    }

    public Builder inputTokens(Long inputTokens) {
      this.inputTokens = inputTokens;
      return this;
    }

    public Builder outputTokens(Long outputTokens) {
      this.outputTokens = outputTokens;
      return this;
    }

    public Builder cachedInputTokens(Long cachedInputTokens) {
      this.cachedInputTokens = cachedInputTokens;
      return this;
    }

    public Builder reasoningTokens(Long reasoningTokens) {
      this.reasoningTokens = reasoningTokens;
      return this;
    }

    public Builder costUsd(BigDecimal costUsd) {
      this.costUsd = costUsd;
      return this;
    }

    public Builder error(String error) {
      this.error = error;
      return this;
    }

    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    public Builder waitMs(long waitMs) {
      this.waitMs = waitMs;
      return this;
    }

    public Builder response(String response) {
      this.response = response;
      return this;
    }

    public Builder connectMs(Long connectMs) {
      this.connectMs = connectMs;
      return this;
    }

    public Builder timeouts(int timeouts) {
      this.timeouts = timeouts;
      return this;
    }

    public Builder timeoutMs(Long timeoutMs) {
      this.timeoutMs = timeoutMs;
      return this;
    }

    public Builder reasons(Map<String, String> reasons) {
      this.reasons = reasons;
      return this;
    }

    public Builder params(Map<String, Object> params) {
      this.params = params;
      return this;
    }

    public Builder ttftMs(Long ttftMs) {
      this.ttftMs = ttftMs;
      return this;
    }

    public Builder outputTokensPerSecond(Double outputTokensPerSecond) {
      this.outputTokensPerSecond = outputTokensPerSecond;
      return this;
    }

    public Builder streamed(boolean streamed) {
      this.streamed = streamed;
      return this;
    }

    public Builder cached(boolean cached) {
      this.cached = cached;
      return this;
    }

    public Builder savedUsd(BigDecimal savedUsd) {
      this.savedUsd = savedUsd;
      return this;
    }

    public Builder repeat(Integer repeat) {
      this.repeat = repeat;
      return this;
    }

    public ResultRow build() {
      return new ResultRow(
          sampleId,
          tag,
          modelId,
          score,
          metrics,
          metricErrors,
          latencyMs,
          inputTokens,
          outputTokens,
          cachedInputTokens,
          reasoningTokens,
          costUsd,
          error,
          attempts,
          waitMs,
          response,
          connectMs,
          timeouts,
          timeoutMs,
          reasons,
          params,
          ttftMs,
          outputTokensPerSecond,
          streamed,
          toolCalls,
          finishReason,
          finishReasonRaw,
          cached,
          savedUsd,
          repeat,
          batch);
    }
  }
}
