package ai.trainloop.provider.http;

import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.ProviderException;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One JSON POST, one HTTP request, and every way it can fail classified into a {@link ProviderException}: the HTTP
 * boundary every adapter goes through. Thread-safe.
 */
public final class JsonHttp {

  private static final MediaType JSON = MediaType.get("application/json");

  private final HttpSetup setup;
  private final ErrorClassifier classifier;
  private final Duration callTimeout;
  private final Duration readTimeout;
  private final Duration connectTimeout;

  /** @param errors how this vendor's error bodies read */
  public JsonHttp(HttpSetup setup, ApiError.Parser errors) {
    this.setup = setup;
    this.classifier = new ErrorClassifier(setup.key(), errors, setup.mapper(), setup.clock());
    OkHttpClient client = setup.client();
    this.callTimeout = millis(client.callTimeoutMillis());
    this.readTimeout = millis(client.readTimeoutMillis());
    this.connectTimeout = millis(client.connectTimeoutMillis());
  }

  /**
   * Posts {@code body} as JSON and reads a 2xx reply as {@code replyType}.
   *
   * @throws ProviderException for a non-2xx status, an I/O failure or timeout, or a 2xx body that cannot be read
   */
  public <T> T post(HttpUrl url, Headers headers, Object body, Class<T> replyType) throws ProviderException {
    return post(url, headers, body, replyType, CallCancel.none());
  }

  /** As {@link #post(HttpUrl, Headers, Object, Class)}, cancelled (its connection closed) by {@code cancel}. */
  public <T> T post(HttpUrl url, Headers headers, Object body, Class<T> replyType, CallCancel cancel)
      throws ProviderException {
    Request request = new Request.Builder()
        .url(url)
        .headers(headers)
        .header("User-Agent", "trainloop")
        .post(RequestBody.create(toJson(body), JSON))
        .build();
    String text;
    Call call = setup.client().newCall(request);
    cancel.onCancel(call::cancel);
    try (Response response = call.execute()) {
      ResponseBody responseBody = response.body();
      text = responseBody.string();
      if (!response.isSuccessful()) {
        throw classifier.fromResponse(response.code(), response.headers(), text);
      }
    } catch (IOException e) {
      if (cancel.cancelled()) {
        throw new ProviderException(ProviderException.Kind.RETRYABLE, 0, "cancelled", null, e);
      }
      throw classifier.fromIo(e, callTimeout, readTimeout, connectTimeout);
    }
    try {
      T reply = setup.mapper().readValue(text, replyType);
      if (reply == null) {
        throw classifier.unparseable("empty body");
      }
      return reply;
    } catch (JsonProcessingException e) {
      throw classifier.unparseable(setup.key().scrub(e.getOriginalMessage()));
    }
  }

  /** A reply that parsed but says nothing usable (no choices, no content): that sample's error. */
  public ProviderException unusable(String detail) {
    return classifier.unparseable(detail);
  }

  private byte[] toJson(Object body) {
    try {
      return setup.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // The wire records are plain strings and numbers: failing to write one is a programming error.
      throw new UncheckedIOException(e);
    }
  }

  private static Duration millis(int ms) {
    return ms <= 0 ? null : Duration.ofMillis(ms);
  }
}
