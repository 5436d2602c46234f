package ai.trainloop.provider.http;

import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;

/**
 * Turns a failed HTTP exchange into a {@link ProviderException}, the same way for every provider:
 * the one place that knows which statuses are retried, which stop a model and which fail a sample.
 * Every message it builds is scrubbed of the key.
 */
public final class ErrorClassifier {

  /** Statuses worth another attempt; any other 5xx is retried too, as the official SDKs do. */
  private static final Set<Integer> RETRIED = Set.of(408, 409, 429, 500, 502, 503, 504, 529);

  private final ApiKey key;
  private final ApiError.Parser parser;
  private final ObjectMapper mapper;
  private final Clock clock;

  public ErrorClassifier(ApiKey key, ApiError.Parser parser, ObjectMapper mapper, Clock clock) {
    this.key = key;
    this.parser = parser;
    this.mapper = mapper;
    this.clock = clock;
  }

  /** Classifies a non-2xx reply from its status, headers and body. */
  public ProviderException fromResponse(int status, Headers headers, String body) {
    ApiError error = parse(body);
    Duration wait = RetryAfter.fromHeaders(headers, clock);
    if (wait == null) {
      wait = error.retryDelay();
    }
    String provider = key.provider();
    if (status == 401 || status == 403 || error.keyRejected()) {
      String message =
          key.variable() == null
              ? provider
                  + " refused the request without an API key ("
                  + status
                  + "): "
                  + error.message()
                  + "; name the key's variable in api_key_env"
              : status == 403
                  ? provider
                      + " denied access to the key in "
                      + key.variable()
                      + " (403): "
                      + error.message()
                  : provider
                      + " rejected the API key in "
                      + key.variable()
                      + " ("
                      + status
                      + "): "
                      + error.message();
      return failure(Kind.MODEL_FATAL, status, message, wait);
    }
    if (error.billing()) {
      String where = key.variable() == null ? "" : " of the key in " + key.variable();
      return failure(
          Kind.MODEL_FATAL,
          status,
          provider + " cannot bill the account" + where + " (" + error.describe(status) + ")",
          wait);
    }
    String page = ApiError.htmlTitle(body);
    String what = page != null ? "HTTP " + status + ": " + page : error.describe(status);
    return failure(
        kindOf(status, headers.get("x-should-retry")), status, provider + " " + what, wait);
  }

  /**
   * A 3xx: that sample's error, never retried (a redirect is not followed: the key headers would go
   * with it).
   *
   * @param targetHost where the Location points (host, and port when not the default); null without
   *     one
   */
  public ProviderException redirect(int status, String targetHost) {
    String where =
        targetHost == null ? " (a redirect without a Location)" : " redirecting to " + targetHost;
    return failure(
        Kind.SAMPLE_ERROR,
        status,
        key.provider()
            + " answered HTTP "
            + status
            + where
            + "; redirects are not followed, so the API key is not sent elsewhere: set base_url to the final address",
        null);
  }

  /**
   * A reply body larger than the cap: that sample's error, not retried (the next attempt would be
   * as large).
   */
  public ProviderException tooLarge(int status, long maxBytes) {
    return failure(
        Kind.SAMPLE_ERROR,
        status,
        key.provider()
            + " sent a reply (HTTP "
            + status
            + ") larger than the "
            + size(maxBytes)
            + " limit; it was not read",
        null);
  }

  /**
   * A request OkHttp refused to build or send (a header value it cannot send). The exception's
   * message is dropped, not scrubbed: OkHttp quotes the header value in it, and that value may be a
   * key.
   */
  public ProviderException unsendable(IllegalArgumentException e) {
    return new ProviderException(
        Kind.SAMPLE_ERROR,
        0,
        key.provider()
            + " request could not be sent ("
            + e.getClass().getSimpleName()
            + " from OkHttp; its message is not shown as it may quote a header value)");
  }

  /** A 200 whose body is not the reply the vendor documents: that sample's error. */
  public ProviderException unparseable(String detail) {
    return failure(
        Kind.SAMPLE_ERROR,
        200,
        key.provider() + " sent a reply that could not be read: " + detail,
        null);
  }

  /**
   * A streamed reply cut off before the vendor's last event (the connection closed, a data line
   * that is not JSON): retryable, as a truncated body is, and never a short reply.
   */
  public ProviderException cutStream(String detail) {
    return failure(Kind.RETRYABLE, 200, key.provider() + " stream cut off: " + detail, null);
  }

  /**
   * An error event inside a stream that began with 200: classified as the same error sent with its
   * status ({@code overloaded_error} as a 529, retried), its message prefixed so it reads as a
   * stream's.
   */
  public ProviderException streamError(int status, String body) {
    ProviderException e = fromResponse(status, Headers.of(), body);
    return new ProviderException(
        e.kind(),
        e.status(),
        key.scrub(e.getMessage() + " (an error event in the stream)"),
        e.retryAfter(),
        null);
  }

  /**
   * Classifies a call that got no complete response: timeouts say which limit passed, everything
   * else (resets, refused connections, truncated bodies) is a connection failure. All are
   * retryable.
   */
  public ProviderException fromIo(
      IOException e, Duration callTimeout, Duration readTimeout, Duration connectTimeout) {
    String provider = key.provider();
    if (e instanceof InterruptedIOException) {
      // Okio clears the thread's interrupt flag when it throws
      // InterruptedIOException("interrupted"): restore it
      // so the runner sees that it is being stopped.
      if (Thread.currentThread().isInterrupted() || "interrupted".equals(e.getMessage())) {
        Thread.currentThread().interrupt();
        return new ProviderException(Kind.RETRYABLE, 0, provider + " call interrupted", null, e);
      }
      Duration limit = timeoutOf(e, callTimeout, readTimeout, connectTimeout);
      String after = limit == null ? "" : " after " + seconds(limit) + " s";
      return new ProviderException(Kind.RETRYABLE, 0, provider + " timed out" + after, null, e);
    }
    String what =
        e.getMessage() == null
            ? e.getClass().getSimpleName()
            : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new ProviderException(
        Kind.RETRYABLE, 0, key.scrub(provider + " connection failed: " + what), null, e);
  }

  /**
   * The limit a failed call passed: the connect or read timeout for a socket timeout, else the
   * whole-call one; null when {@code e} is no timeout (an interrupt, a reset, a refused
   * connection). Read before {@link #fromIo}, which restores an interrupt it finds.
   */
  static Duration timeoutLimit(
      IOException e, Duration callTimeout, Duration readTimeout, Duration connectTimeout) {
    if (!(e instanceof InterruptedIOException)
        || Thread.currentThread().isInterrupted()
        || "interrupted".equals(e.getMessage())) {
      return null;
    }
    return timeoutOf(e, callTimeout, readTimeout, connectTimeout);
  }

  private static Kind kindOf(int status, String shouldRetry) {
    if ("true".equalsIgnoreCase(shouldRetry)) {
      return Kind.RETRYABLE;
    }
    if ("false".equalsIgnoreCase(shouldRetry)) {
      return Kind.SAMPLE_ERROR;
    }
    return RETRIED.contains(status) || status >= 500 ? Kind.RETRYABLE : Kind.SAMPLE_ERROR;
  }

  private static Duration timeoutOf(IOException e, Duration call, Duration read, Duration connect) {
    if (e instanceof SocketTimeoutException) {
      String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
      return message.contains("connect") ? connect : read;
    }
    // OkHttp reports its whole-call timeout as a plain InterruptedIOException("timeout").
    return call != null ? call : read;
  }

  private ApiError parse(String body) {
    try {
      ApiError parsed = body == null || body.isBlank() ? null : parser.parse(mapper, body);
      return parsed != null ? parsed : ApiError.raw(body);
    } catch (IOException | RuntimeException e) {
      return ApiError.raw(body);
    }
  }

  private ProviderException failure(Kind kind, int status, String message, Duration wait) {
    return new ProviderException(kind, status, key.scrub(message), wait, null);
  }

  private static String size(long bytes) {
    long mb = 1024L * 1024;
    return bytes % mb == 0
        ? bytes / mb + " MB"
        : bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " bytes";
  }

  private static String seconds(Duration d) {
    return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString();
  }
}
