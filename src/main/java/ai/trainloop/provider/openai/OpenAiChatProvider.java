package ai.trainloop.provider.openai;

import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Usage;
import ai.trainloop.provider.http.ApiError;
import ai.trainloop.provider.http.HttpSetup;
import ai.trainloop.provider.http.JsonHttp;
import ai.trainloop.provider.openai.OpenAiWire.ChatCompletion;
import ai.trainloop.provider.openai.OpenAiWire.WireUsage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Chat Completions over HTTP: OpenAI, Azure OpenAI and OpenAI-compatible servers (Ollama, vLLM,
 * OpenRouter, Groq, Together, LM Studio). Messages and parameters are sent as recorded ({@link
 * OpenAiRequests}), system messages included. Reasoning models ({@link ReasoningModels}) get {@code
 * max_completion_tokens} and no temperature. Thread-safe.
 */
public final class OpenAiChatProvider implements ChatProvider {

  /** How this vendor's error bodies read, for the other calls to its API (batches). */
  public static final ApiError.Parser ERRORS = OpenAiWire::parseError;

  private final String name;
  private final HttpUrl url;
  private final Headers headers;
  private final String keyVariable;
  private final JsonHttp http;
  private final HttpUrl modelsUrl;
  private final ObjectMapper mapper;

  private OpenAiChatProvider(
      String name, HttpUrl url, HttpUrl modelsUrl, Headers headers, HttpSetup setup) {
    this.name = name;
    this.url = url;
    this.modelsUrl = modelsUrl;
    this.headers = headers;
    this.keyVariable = setup.key().variable();
    this.http = new JsonHttp(setup, OpenAiWire::parseError);
    this.mapper = setup.mapper();
  }

  /**
   * {@code POST {baseUrl}/chat/completions} with {@code Authorization: Bearer <key>} (no header
   * without a key).
   */
  public static OpenAiChatProvider standard(String name, HttpUrl baseUrl, HttpSetup setup) {
    HttpUrl url = baseUrl.newBuilder().addPathSegments("chat/completions").build();
    Headers headers =
        setup.key().present()
            ? Headers.of("Authorization", "Bearer " + setup.key().value())
            : Headers.of();
    // over https only: a local server over http gains nothing from one connection opened ahead
    HttpUrl models =
        baseUrl.isHttps() ? baseUrl.newBuilder().addPathSegments("models").build() : null;
    return new OpenAiChatProvider(name, url, models, headers, setup);
  }

  /** Azure OpenAI: the deployment URL ({@link AzureUrls}) with header {@code api-key}. */
  public static OpenAiChatProvider azure(
      HttpUrl baseUrl, String deployment, String apiVersion, HttpSetup setup) {
    HttpUrl url = AzureUrls.chatCompletions(baseUrl, deployment, apiVersion);
    Headers headers =
        setup.key().present() ? Headers.of("api-key", setup.key().value()) : Headers.of();
    // no pre-opening: a deployment's model list is not under its URL
    return new OpenAiChatProvider("azure", url, null, headers, setup);
  }

  @Override
  public ChatResponse complete(ChatRequest request) throws ProviderException {
    return complete(request, CallCancel.none());
  }

  @Override
  public ChatResponse complete(ChatRequest request, CallCancel cancel) throws ProviderException {
    ChatCompletion reply = send(request, cancel);
    return OpenAiReplies.parse(reply, http);
  }

  /**
   * The reply, whole or streamed ({@code stream: true} with {@code stream_options.include_usage}
   * for the usage, built back into a whole reply by {@link OpenAiStream}).
   */
  private ChatCompletion send(ChatRequest request, CallCancel cancel) throws ProviderException {
    if (!request.stream()) {
      return http.post(url, headers, OpenAiRequests.body(request), ChatCompletion.class, cancel);
    }
    ObjectNode extra = mapper.createObjectNode().put("stream", true);
    extra.putObject("stream_options").put("include_usage", true);
    return http.stream(
        url,
        headers,
        OpenAiRequests.body(request),
        extra,
        new OpenAiStream(mapper),
        ChatCompletion.class,
        cancel);
  }

  /**
   * The body {@link #complete} would post for {@code request} (never streamed): a batch line's
   * {@code body}.
   */
  public ObjectNode batchBody(ChatRequest request) throws ProviderException {
    return OpenAiRequests.body(request);
  }

  /**
   * A chat completion that came back some other way (a batch output line's {@code response.body})
   * read by the same parser as a synchronous reply, so usage, tool calls and finish reasons are
   * identical.
   */
  public ChatResponse readReply(JsonNode body) throws ProviderException {
    try {
      ChatCompletion reply = mapper.treeToValue(body, ChatCompletion.class);
      if (reply == null) {
        throw http.unusable("empty body");
      }
      return OpenAiReplies.parse(reply, http);
    } catch (JsonProcessingException e) {
      throw http.unusable("unreadable body: " + e.getOriginalMessage());
    }
  }

  /** What this call leaves out of the recorded request (see {@link OpenAiRequests}). */
  @Override
  public List<String> dropped(ChatRequest request) {
    return OpenAiRequests.dropped(request);
  }

  /**
   * prompt_tokens include the cached ones and completion_tokens the reasoning ones; missing details
   * count 0.
   */
  static Usage usage(WireUsage u) {
    if (u == null) {
      return Usage.UNKNOWN;
    }
    long cached =
        u.promptDetails() == null || u.promptDetails().cachedTokens() == null
            ? 0L
            : u.promptDetails().cachedTokens();
    long reasoning =
        u.completionDetails() == null || u.completionDetails().reasoningTokens() == null
            ? 0L
            : u.completionDetails().reasoningTokens();
    return new Usage(u.promptTokens(), u.completionTokens(), cached, 0L, reasoning);
  }

  /** {@code GET {baseUrl}/models} over https; nothing for Azure and for http servers. */
  @Override
  public void preopen(Consumer<String> debug) {
    if (modelsUrl != null) {
      http.preopen(modelsUrl, headers, debug);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String keyVariable() {
    return keyVariable;
  }
}
