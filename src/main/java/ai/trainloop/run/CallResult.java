package ai.trainloop.run;

import ai.trainloop.chat.ToolCall;
import ai.trainloop.eval.FinishReason;
import ai.trainloop.eval.MetricScore;
import ai.trainloop.eval.Scorer;
import ai.trainloop.provider.Usage;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How one (sample, model) pair ended: a scored reply, or an error with its reason.
 *
 * @param sampleId the recorded prompt's id
 * @param tag its tag
 * @param modelId the model's id
 * @param response the reply text; null on error, except a reply whose scoring failed ({@link
 *     ErrorKind#SCORING})
 * @param usage tokens as reported; {@link Usage#UNKNOWN} when the call got no reply
 * @param latency the successful attempt's time from its request's first byte written to its reply's
 *     last byte read (connection set-up and local queueing left out); null on error
 * @param attempts attempts made (0 when the call was never sent)
 * @param waited time spent waiting before retries
 * @param error why the pair failed; null on success
 * @param errorKind what kind of failure; null on success
 * @param metrics every metric's verdict, in suite order; empty on error
 * @param times connection set-up and timed-out attempts; {@link CallTimes#NONE} when neither
 * @param sent the parameters the call sent and the recorded fields it left out; {@link
 *     SentParams#NONE} when it was never sent
 * @param toolCalls the tool calls the reply made; empty when none or on error
 * @param finishReason why the reply ended, normalised; null on error or when the provider did not
 *     say
 * @param finishReasonRaw the provider's own word for it; null likewise
 * @param repeat which of the pair's repeats this call was (0..N−1); null when the run has no
 *     repeats
 */
public record CallResult(
    String sampleId,
    String tag,
    String modelId,
    String response,
    Usage usage,
    Duration latency,
    int attempts,
    Duration waited,
    String error,
    ErrorKind errorKind,
    List<MetricScore> metrics,
    CallTimes times,
    SentParams sent,
    List<ToolCall> toolCalls,
    FinishReason finishReason,
    String finishReasonRaw,
    Integer repeat) {

  /** Kinds of failure, for counting and for the report. */
  public enum ErrorKind {
    /** The provider answered with an error for this sample (400, 404, blocked prompt, ...). */
    SAMPLE,
    /** Retries ran out on retryable errors (429, 5xx, resets). */
    RETRIES_EXHAUSTED,
    /** Every attempt timed out. */
    TIMEOUT,
    /** The model was stopped (key rejected, quota) before or while this call was sent. */
    MODEL_STOPPED,
    /** Still in flight when a stopped run's grace period ended: cancelled. */
    INTERRUPTED,
    /** Answered, but scoring the reply threw: the reply is kept, the sample has no score. */
    SCORING
  }

  /** The error of a call cancelled at the end of a stopped run's grace period. */
  public static final String NOT_FINISHED = "not finished: interrupted";

  public CallResult {
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
    usage = usage == null ? Usage.UNKNOWN : usage;
    waited = waited == null ? Duration.ZERO : waited;
    times = times == null ? CallTimes.NONE : times;
    sent = sent == null ? SentParams.NONE : sent;
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
  }

  /** A result whose reply made no tool call and gave no finish reason. */
  public CallResult(
      String sampleId,
      String tag,
      String modelId,
      String response,
      Usage usage,
      Duration latency,
      int attempts,
      Duration waited,
      String error,
      ErrorKind errorKind,
      List<MetricScore> metrics,
      CallTimes times,
      SentParams sent) {
    this(
        sampleId, tag, modelId, response, usage, latency, attempts, waited, error, errorKind,
        metrics, times, sent, List.of(), null, null, null);
  }

  /** A result with nothing timed beyond its latency and no parameters recorded. */
  public CallResult(
      String sampleId,
      String tag,
      String modelId,
      String response,
      Usage usage,
      Duration latency,
      int attempts,
      Duration waited,
      String error,
      ErrorKind errorKind,
      List<MetricScore> metrics) {
    this(
        sampleId,
        tag,
        modelId,
        response,
        usage,
        latency,
        attempts,
        waited,
        error,
        errorKind,
        metrics,
        CallTimes.NONE,
        SentParams.NONE);
  }

  public boolean ok() {
    return error == null;
  }

  /**
   * Mean of the metric scores that worked (failed evaluations are left out, not 0); null on error,
   * or when no metric worked (the sample is then unscored).
   */
  public Double score() {
    if (!ok()) {
      return null;
    }
    OptionalDouble s = Scorer.sampleScoreOf(metrics);
    return s.isPresent() ? s.getAsDouble() : null;
  }

  /**
   * A builder with every component unset: null, 0 attempts; usage unknown, no wait and no metrics.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this result's components. */
  public Builder toBuilder() {
    return new Builder()
        .sampleId(sampleId)
        .tag(tag)
        .modelId(modelId)
        .response(response)
        .usage(usage)
        .latency(latency)
        .attempts(attempts)
        .waited(waited)
        .error(error)
        .errorKind(errorKind)
        .metrics(metrics)
        .times(times)
        .sent(sent)
        .toolCalls(toolCalls)
        .finishReason(finishReason)
        .finishReasonRaw(finishReasonRaw)
        .repeat(repeat);
  }

  /** Builds a {@link CallResult} by named components; see the record for what each means. */
  public static final class Builder {
    private String sampleId;
    private String tag;
    private String modelId;
    private String response;
    private Usage usage;
    private Duration latency;
    private int attempts;
    private Duration waited;
    private String error;
    private ErrorKind errorKind;
    private List<MetricScore> metrics;
    private CallTimes times;
    private SentParams sent;
    private List<ToolCall> toolCalls;
    private FinishReason finishReason;
    private String finishReasonRaw;
    private Integer repeat;

    private Builder() {}

    public Builder repeat(Integer repeat) {
      this.repeat = repeat;
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

    public Builder response(String response) {
      this.response = response;
      return this;
    }

    public Builder usage(Usage usage) {
      this.usage = usage;
      return this;
    }

    public Builder latency(Duration latency) {
      this.latency = latency;
      return this;
    }

    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    public Builder waited(Duration waited) {
      this.waited = waited;
      return this;
    }

    public Builder error(String error) {
      this.error = error;
      return this;
    }

    public Builder errorKind(ErrorKind errorKind) {
      this.errorKind = errorKind;
      return this;
    }

    public Builder metrics(List<MetricScore> metrics) {
      this.metrics = metrics;
      return this;
    }

    public Builder times(CallTimes times) {
      this.times = times;
      return this;
    }

    public Builder sent(SentParams sent) {
      this.sent = sent;
      return this;
    }

    public CallResult build() {
      return new CallResult(
          sampleId,
          tag,
          modelId,
          response,
          usage,
          latency,
          attempts,
          waited,
          error,
          errorKind,
          metrics,
          times,
          sent,
          toolCalls,
          finishReason,
          finishReasonRaw,
          repeat);
    }
  }
}
