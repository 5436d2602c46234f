package ai.trainloop.provider.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;

/**
 * What a provider's error body says, reduced to what classification needs. Each vendor package reads its own
 * error shape into one of these; {@link ErrorClassifier} decides what it means.
 *
 * @param message     the provider's message (never null)
 * @param code        the provider's error code, type or status ({@code insufficient_quota}, {@code NOT_FOUND}); or null
 * @param retryDelay  a wait the body asks for (Gemini's {@code retryDelay}); or null
 * @param keyRejected the body says the key is invalid even though the status is not 401/403 (Gemini's 400)
 * @param billing     the account cannot be billed (OpenAI's {@code insufficient_quota}): stop the model
 */
public record ApiError(String message, String code, Duration retryDelay, boolean keyRejected, boolean billing) {

  private static final int MAX_RAW = 300;

  public ApiError {
    message = message == null || message.isBlank() ? "(no message)" : message.strip();
  }

  /** A body that is not the vendor's error JSON (an HTML page from a proxy, an empty body): its start, as text. */
  public static ApiError raw(String body) {
    String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    if (text.length() > MAX_RAW) {
      text = text.substring(0, MAX_RAW) + "...";
    }
    return new ApiError(text.isEmpty() ? "(empty body)" : text, null, null, false, false);
  }

  /** {@code 404 NOT_FOUND: models/x is not found}: the status, the code when it adds something, the message. */
  public String describe(int status) {
    boolean noCode = code == null || code.isBlank() || code.equals(String.valueOf(status));
    return status + (noCode ? "" : " " + code) + ": " + message;
  }

  /** Reads one vendor's error body. May throw on a body that is not its shape; the caller falls back to {@link #raw}. */
  @FunctionalInterface
  public interface Parser {
    ApiError parse(ObjectMapper mapper, String body) throws IOException;
  }
}
