package ai.trainloop.provider.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a provider's error body says, reduced to what classification needs. Each vendor package
 * reads its own error shape into one of these; {@link ErrorClassifier} decides what it means.
 *
 * @param message the provider's message (never null)
 * @param code the provider's error code, type or status ({@code insufficient_quota}, {@code
 *     NOT_FOUND}); or null
 * @param retryDelay a wait the body asks for (Gemini's {@code retryDelay}); or null
 * @param keyRejected the body says the key is invalid even though the status is not 401/403
 *     (Gemini's 400)
 * @param billing the account cannot be billed (OpenAI's {@code insufficient_quota}): stop the model
 */
public record ApiError(
    String message, String code, Duration retryDelay, boolean keyRejected, boolean billing) {

  private static final int MAX_RAW = 300;
  private static final int MAX_TITLE = 120;
  private static final Pattern HTML =
      Pattern.compile(
          "(?is)^\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|title)\\b|<html[\\s>]");
  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title");

  public ApiError {
    message = message == null || message.isBlank() ? "(no message)" : message.strip();
  }

  /**
   * A body that is not the vendor's error JSON: an HTML page (a proxy's 502) as its title, anything
   * else (an empty body, plain text) as its start.
   */
  public static ApiError raw(String body) {
    String page = htmlTitle(body);
    if (page != null) {
      return new ApiError(page + " (HTML page)", null, null, false, false);
    }
    String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
    if (text.length() > MAX_RAW) {
      text = text.substring(0, MAX_RAW) + "...";
    }
    return new ApiError(text.isEmpty() ? "(empty body)" : text, null, null, false, false);
  }

  /**
   * The title of an HTML page ({@code 502 Bad Gateway}), tags and common entities removed, at most
   * {@value #MAX_TITLE} characters; {@code untitled} for a page without one; null when the body is
   * not HTML.
   */
  public static String htmlTitle(String body) {
    if (body == null || !HTML.matcher(body).find()) {
      return null;
    }
    Matcher title = TITLE.matcher(body);
    String text = title.find() ? title.group(1).replaceAll("<[^>]*>", " ") : "";
    text =
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&")
            .replaceAll("\\s+", " ")
            .strip();
    if (text.length() > MAX_TITLE) {
      text = text.substring(0, MAX_TITLE) + "...";
    }
    return text.isEmpty() ? "untitled" : text;
  }

  /**
   * {@code 404 NOT_FOUND: models/x is not found}: the status, the code when it adds something, the
   * message.
   */
  public String describe(int status) {
    boolean noCode = code == null || code.isBlank() || code.equals(String.valueOf(status));
    return status + (noCode ? "" : " " + code) + ": " + message;
  }

  /**
   * Reads one vendor's error body. May throw on a body that is not its shape; the caller falls back
   * to {@link #raw}.
   */
  @FunctionalInterface
  public interface Parser {
    ApiError parse(ObjectMapper mapper, String body) throws IOException;
  }
}
