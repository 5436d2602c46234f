package ai.trainloop.provider.stub;

import ai.trainloop.provider.stub.StubProvider.Fault;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Error replies as each vendor writes them (status, body shape, error type), for the stub's
 * scripts. {@code format} is a {@link StubProvider.Call#format()}: {@code openai}, {@code
 * anthropic} or {@code gemini}.
 */
public final class StubFaults {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StubFaults() {}

  /** A 429 with {@code retry-after} in whole seconds. */
  public static Fault rateLimited(String format, long retryAfterSeconds) {
    return error(
        format,
        429,
        "Rate limit reached; please try again in " + retryAfterSeconds + "s.",
        Map.of("retry-after", Long.toString(retryAfterSeconds)));
  }

  /**
   * A 429 with {@code retry-after-ms}, as OpenAI sends it (with a rounded-up {@code retry-after}
   * beside it).
   */
  public static Fault rateLimitedMillis(String format, long retryAfterMillis) {
    return error(
        format,
        429,
        "Rate limit reached; please try again in " + retryAfterMillis + "ms.",
        Map.of(
            "retry-after-ms",
            Long.toString(retryAfterMillis),
            "retry-after",
            Long.toString((retryAfterMillis + 999) / 1000)));
  }

  /** The vendor's "overloaded": Anthropic's 529, a 503 elsewhere. */
  public static Fault overloaded(String format) {
    return error(format, "anthropic".equals(format) ? 529 : 503, "Overloaded", Map.of());
  }

  /** A 500 internal error. */
  public static Fault serverError(String format) {
    return error(format, 500, "The server had an error while processing your request.", Map.of());
  }

  /** A 400 for this prompt alone (too long, invalid content). */
  public static Fault badRequest(String format, String message) {
    return error(format, 400, message, Map.of());
  }

  /**
   * The key was rejected, echoing it the way careless servers do: 401 for OpenAI and Anthropic,
   * Gemini's 400 {@code API_KEY_INVALID} with the key in its debug detail.
   */
  public static Fault wrongKey(String format, String key) {
    if ("gemini".equals(format)) {
      ObjectNode error = JSON.createObjectNode();
      ObjectNode e =
          error
              .putObject("error")
              .put("code", 400)
              .put("message", "API key not valid. Please pass a valid API key.")
              .put("status", "INVALID_ARGUMENT");
      e.putArray("details")
          .addObject()
          .put("@type", "type.googleapis.com/google.rpc.ErrorInfo")
          .put("reason", "API_KEY_INVALID")
          .put("domain", "googleapis.com");
      e.withArray("details")
          .addObject()
          .put("@type", "type.googleapis.com/google.rpc.DebugInfo")
          .put("detail", "Invalid API key: " + key);
      return new Fault(400, Map.of(), error.toString());
    }
    return error(format, 401, "Incorrect API key provided: " + key + ".", Map.of());
  }

  /**
   * An error reply of any status in the vendor's body shape, with the vendor's error type for that
   * status.
   */
  public static Fault error(
      String format, int status, String message, Map<String, String> headers) {
    ObjectNode root = JSON.createObjectNode();
    switch (format) {
      case "anthropic" -> {
        root.put("type", "error");
        root.putObject("error").put("type", anthropicType(status)).put("message", message);
      }
      case "gemini" ->
          root.putObject("error")
              .put("code", status)
              .put("message", message)
              .put("status", geminiStatus(status));
      default -> {
        ObjectNode e =
            root.putObject("error").put("message", message).put("type", openAiType(status));
        e.putNull("param");
        if (status == 429) {
          e.put("code", "rate_limit_exceeded");
        } else if (status == 401) {
          e.put("code", "invalid_api_key");
        } else {
          e.putNull("code");
        }
      }
    }
    return new Fault(status, Map.copyOf(headers), root.toString());
  }

  private static String anthropicType(int status) {
    return switch (status) {
      case 400 -> "invalid_request_error";
      case 401 -> "authentication_error";
      case 403 -> "permission_error";
      case 404 -> "not_found_error";
      case 429 -> "rate_limit_error";
      case 529 -> "overloaded_error";
      default -> "api_error";
    };
  }

  private static String geminiStatus(int status) {
    return switch (status) {
      case 400 -> "INVALID_ARGUMENT";
      case 403 -> "PERMISSION_DENIED";
      case 404 -> "NOT_FOUND";
      case 429 -> "RESOURCE_EXHAUSTED";
      case 503 -> "UNAVAILABLE";
      case 504 -> "DEADLINE_EXCEEDED";
      default -> "INTERNAL";
    };
  }

  private static String openAiType(int status) {
    return switch (status) {
      case 429 -> "requests";
      case 401, 400, 404 -> "invalid_request_error";
      default -> "server_error";
    };
  }
}
