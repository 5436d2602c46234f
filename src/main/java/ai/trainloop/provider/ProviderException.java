package ai.trainloop.provider;

import java.time.Duration;

/** A failed call, classified once at the HTTP boundary. Messages never contain an API key. */
public final class ProviderException extends Exception {

  /** What the runner does about it. */
  public enum Kind {
    /** Try again after a wait: 408, 409, 429 (not quota), 5xx, 529, resets, timeouts. */
    RETRYABLE,
    /**
     * This sample fails with this message; the model goes on: 400, 404, unparseable reply, blocked
     * prompt.
     */
    SAMPLE_ERROR,
    /**
     * The key was rejected (401, 403) or the account cannot be billed: stop this model, keep the
     * others.
     */
    MODEL_FATAL
  }

  private final Kind kind;
  private final int status;
  private final Duration retryAfter;

  /**
   * @param status HTTP status, or 0 when there was no response
   * @param retryAfter what the server asked to wait, or null
   */
  public ProviderException(
      Kind kind, int status, String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public ProviderException(Kind kind, int status, String message) {
    this(kind, status, message, null, null);
  }

  public Kind kind() {
    return kind;
  }

  public int status() {
    return status;
  }

  /** The wait the server asked for, or null when it did not say. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
