package ai.trainloop.provider.anthropic;

import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Usage;
import ai.trainloop.provider.anthropic.AnthropicWire.MessagesReply;
import ai.trainloop.provider.anthropic.AnthropicWire.WireUsage;
import ai.trainloop.provider.http.ApiError;
import ai.trainloop.provider.http.HttpSetup;
import ai.trainloop.provider.http.JsonHttp;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Anthropic Messages: {@code POST {base}/v1/messages}, the body built by {@link AnthropicRequests}:
 * system messages become the top-level {@code system}; consecutive turns of one role are merged;
 * {@code max_tokens} is always sent (the request's, else {@value #DEFAULT_MAX_TOKENS}).
 * Thread-safe.
 */
public final class AnthropicChatProvider implements ChatProvider {

  /** Sent when the entry sets no {@code max_tokens}: the API requires one. */
  public static final int DEFAULT_MAX_TOKENS = 1024;

  public static final String API_VERSION = "2023-06-01";

  /** How this vendor's error bodies read, for the other calls to its API (batches). */
  public static final ApiError.Parser ERRORS = AnthropicWire::parseError;

  private final HttpUrl url;
  private final Headers headers;
  private final String keyVariable;
  private final JsonHttp http;
  private final HttpUrl modelsUrl;
  private final ObjectMapper mapper;

  public AnthropicChatProvider(HttpUrl baseUrl, HttpSetup setup) {
    this.url = baseUrl.newBuilder().addPathSegments("v1/messages").build();
    this.modelsUrl =
        baseUrl.isHttps() ? baseUrl.newBuilder().addPathSegments("v1/models").build() : null;
    Headers.Builder h = new Headers.Builder().add("anthropic-version", API_VERSION);
    if (setup.key().present()) {
      h.add("x-api-key", setup.key().value());
    }
    this.headers = h.build();
    this.keyVariable = setup.key().variable();
    this.http = new JsonHttp(setup, AnthropicWire::parseError);
    this.mapper = setup.mapper();
  }

  /** True when Anthropic accepts this temperature (0 to 1); null means unset and is accepted. */
  public static boolean acceptsTemperature(Double temperature) {
    return temperature == null || (temperature >= 0.0 && temperature <= 1.0);
  }

  @Override
  public ChatResponse complete(ChatRequest request) throws ProviderException {
    return complete(request, CallCancel.none());
  }

  @Override
  public ChatResponse complete(ChatRequest request, CallCancel cancel) throws ProviderException {
    MessagesReply reply = send(request, cancel);
    return AnthropicReplies.parse(reply, http);
  }

  /** The reply, whole or streamed ({@code stream: true}, built back by {@link AnthropicStream}). */
  private MessagesReply send(ChatRequest request, CallCancel cancel) throws ProviderException {
    if (!request.stream()) {
      return http.post(url, headers, AnthropicRequests.body(request), MessagesReply.class, cancel);
    }
    return http.stream(
        url,
        headers,
        AnthropicRequests.body(request),
        mapper.createObjectNode().put("stream", true),
        new AnthropicStream(mapper),
        MessagesReply.class,
        cancel);
  }

  /**
   * The body {@link #complete} would post for {@code request} (never streamed): a batch request's
   * {@code params}.
   */
  public ObjectNode batchBody(ChatRequest request) throws ProviderException {
    return AnthropicRequests.body(request);
  }

  /**
   * A message that came back some other way (a batch result's {@code result.message}) read by the
   * same parser as a synchronous reply, so usage, tool calls and stop reasons are identical.
   */
  public ChatResponse readReply(JsonNode message) throws ProviderException {
    try {
      MessagesReply reply = mapper.treeToValue(message, MessagesReply.class);
      if (reply == null) {
        throw http.unusable("empty message");
      }
      return AnthropicReplies.parse(reply, http);
    } catch (JsonProcessingException e) {
      throw http.unusable("unreadable message: " + e.getOriginalMessage());
    }
  }

  /** What this call leaves out of the recorded request (see {@link AnthropicRequests}). */
  @Override
  public List<String> dropped(ChatRequest request) {
    return AnthropicRequests.dropped(request);
  }

  /** Input is every input token: uncached, cache-written and cache-read. */
  static Usage usage(WireUsage u) {
    if (u == null || u.inputTokens() == null || u.outputTokens() == null) {
      return Usage.UNKNOWN;
    }
    long write = u.cacheCreationInputTokens() == null ? 0L : u.cacheCreationInputTokens();
    long read = u.cacheReadInputTokens() == null ? 0L : u.cacheReadInputTokens();
    return new Usage(u.inputTokens() + write + read, u.outputTokens(), read, write, 0L);
  }

  /** {@code GET {baseUrl}/v1/models} over https; nothing for an http server. */
  @Override
  public void preopen(Consumer<String> debug) {
    if (modelsUrl != null) {
      http.preopen(modelsUrl, headers, debug);
    }
  }

  @Override
  public String name() {
    return "anthropic";
  }

  @Override
  public String keyVariable() {
    return keyVariable;
  }
}
