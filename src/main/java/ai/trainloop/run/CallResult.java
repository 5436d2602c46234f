package ai.trainloop.run;

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
 * @param latency wall-clock time of the successful attempt; null on error
 * @param attempts attempts made (0 when the call was never sent)
 * @param waited time spent waiting before retries
 * @param error why the pair failed; null on success
 * @param errorKind what kind of failure; null on success
 * @param metrics every metric's verdict, in suite order; empty on error
 * @param sent the parameters the call sent and the recorded fields it left out; {@link
 *     SentParams#NONE} when it was never sent
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
    SentParams sent) {

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
    sent = sent == null ? SentParams.NONE : sent;
  }

  /** A result that records no parameters. */
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
}
