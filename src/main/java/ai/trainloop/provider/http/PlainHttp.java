package ai.trainloop.provider.http;

import ai.trainloop.provider.ProviderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * The HTTP calls a batch API needs besides a chat call: a GET, a JSON POST and a multipart file
 * upload, each read as text. As {@link JsonHttp}: redirects are not followed (a redirect is an
 * error naming only its host), bodies past the cap are not read, and every failure is a {@link
 * ProviderException} classified the same way (retryable or not) with the key scrubbed. Thread-safe.
 */
public final class PlainHttp {

  private static final MediaType JSON = MediaType.get("application/json");
  private static final MediaType JSONL = MediaType.get("application/jsonl");

  private final OkHttpClient client;
  private final ErrorClassifier classifier;
  private final ApiKey key;
  private final Duration callTimeout;

  public PlainHttp(HttpSetup setup, ApiError.Parser errors) {
    this.client = setup.client();
    this.key = setup.key();
    this.classifier = new ErrorClassifier(setup.key(), errors, setup.mapper(), setup.clock());
    this.callTimeout =
        client.callTimeoutMillis() <= 0 ? null : Duration.ofMillis(client.callTimeoutMillis());
  }

  /** {@code GET url}; the body as text, at most {@code maxBytes} of it. */
  public String get(HttpUrl url, Headers headers, long maxBytes) throws ProviderException {
    return execute(request(url, headers).get().build(), maxBytes);
  }

  /** {@code POST url} with {@code json} (already written) as the body. */
  public String post(HttpUrl url, Headers headers, byte[] json, long maxBytes)
      throws ProviderException {
    return execute(request(url, headers).post(RequestBody.create(json, JSON)).build(), maxBytes);
  }

  /** A multipart upload: field {@code purpose} and the file {@code content} as {@code name}. */
  public String upload(
      HttpUrl url, Headers headers, String purpose, String name, byte[] content, long maxBytes)
      throws ProviderException {
    RequestBody body =
        new MultipartBody.Builder()
            .setType(MultipartBody.FORM)
            .addFormDataPart("purpose", purpose)
            .addFormDataPart("file", name, RequestBody.create(content, JSONL))
            .build();
    return execute(request(url, headers).post(body).build(), maxBytes);
  }

  private static Request.Builder request(HttpUrl url, Headers headers) {
    return new Request.Builder().url(url).headers(headers).header("User-Agent", "trainloop");
  }

  private String execute(Request request, long maxBytes) throws ProviderException {
    try (Response response = client.newCall(request).execute()) {
      if (response.code() >= 300 && response.code() < 400) {
        String location = response.header("Location");
        HttpUrl target = location == null ? null : request.url().resolve(location);
        throw classifier.redirect(response.code(), target == null ? null : target.host());
      }
      BufferedSource source = response.body().source();
      if (response.body().contentLength() > maxBytes || source.request(maxBytes + 1)) {
        throw classifier.tooLarge(response.code(), maxBytes);
      }
      String text = source.readString(StandardCharsets.UTF_8);
      if (!response.isSuccessful()) {
        throw classifier.fromResponse(response.code(), response.headers(), text);
      }
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (IOException e) {
      throw classifier.fromIo(e, callTimeout, null, null);
    } catch (IllegalArgumentException e) {
      throw classifier.unsendable(e);
    }
  }

  /** A reply that arrived but cannot be used: an error of this batch, the key scrubbed. */
  public ProviderException unusable(String detail) {
    return classifier.unparseable(key.scrub(detail));
  }
}
