package ai.trainloop.provider.gemini;

import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Usage;
import ai.trainloop.provider.gemini.GeminiWire.GenerateReply;
import ai.trainloop.provider.gemini.GeminiWire.UsageMetadata;
import ai.trainloop.provider.http.HttpSetup;
import ai.trainloop.provider.http.JsonHttp;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Google Gemini: {@code POST {base}/v1beta/models/{model}:generateContent}, the key in the {@code
 * x-goog-api-key} header (never in the URL, which proxies log), the body built by {@link
 * GeminiRequests}: system messages become {@code systemInstruction}, {@code assistant} becomes
 * {@code model}. A blocked prompt or a reply stopped for safety is that sample's error.
 * Thread-safe.
 */
public final class GeminiChatProvider implements ChatProvider {

  private final HttpUrl baseUrl;
  private final Headers headers;
  private final String keyVariable;
  private final JsonHttp http;
  private final ObjectMapper mapper;

  public GeminiChatProvider(HttpUrl baseUrl, HttpSetup setup) {
    this.baseUrl = baseUrl;
    this.headers =
        setup.key().present() ? Headers.of("x-goog-api-key", setup.key().value()) : Headers.of();
    this.keyVariable = setup.key().variable();
    this.http = new JsonHttp(setup, GeminiWire::parseError);
    this.mapper = setup.mapper();
  }

  @Override
  public ChatResponse complete(ChatRequest request) throws ProviderException {
    return complete(request, CallCancel.none());
  }

  @Override
  public ChatResponse complete(ChatRequest request, CallCancel cancel) throws ProviderException {
    String model =
        request.model().startsWith("models/") ? request.model().substring(7) : request.model();
    GenerateReply reply = send(model, request, cancel);
    return GeminiReplies.parse(reply);
  }

  /**
   * The reply, whole ({@code :generateContent}) or streamed ({@code
   * :streamGenerateContent?alt=sse}, built back by {@link GeminiStream}).
   */
  private GenerateReply send(String model, ChatRequest request, CallCancel cancel)
      throws ProviderException {
    HttpUrl.Builder url = baseUrl.newBuilder().addPathSegments("v1beta/models");
    if (!request.stream()) {
      return http.post(
          url.addPathSegment(model + ":generateContent").build(),
          headers,
          GeminiRequests.body(request),
          GenerateReply.class,
          cancel);
    }
    return http.stream(
        url.addPathSegment(model + ":streamGenerateContent")
            .addQueryParameter("alt", "sse")
            .build(),
        headers,
        GeminiRequests.body(request),
        mapper.createObjectNode(),
        new GeminiStream(mapper),
        GenerateReply.class,
        cancel);
  }

  /** What this call leaves out of the recorded request (see {@link GeminiRequests}). */
  @Override
  public List<String> dropped(ChatRequest request) {
    return GeminiRequests.dropped(request);
  }

  /** Output is the answer plus the thoughts (billed as output); input includes the cached part. */
  static Usage usage(UsageMetadata u) {
    if (u == null || u.promptTokenCount() == null) {
      return Usage.UNKNOWN;
    }
    long candidates = u.candidatesTokenCount() == null ? 0L : u.candidatesTokenCount();
    long thoughts = u.thoughtsTokenCount() == null ? 0L : u.thoughtsTokenCount();
    long cached = u.cachedContentTokenCount() == null ? 0L : u.cachedContentTokenCount();
    return new Usage(u.promptTokenCount(), candidates + thoughts, cached, 0L, thoughts);
  }

  /** {@code GET {baseUrl}/v1beta/models} over https; nothing for an http server. */
  @Override
  public void preopen(Consumer<String> debug) {
    if (baseUrl.isHttps()) {
      http.preopen(baseUrl.newBuilder().addPathSegments("v1beta/models").build(), headers, debug);
    }
  }

  @Override
  public String name() {
    return "google";
  }

  @Override
  public String keyVariable() {
    return keyVariable;
  }
}
