package ai.trainloop.provider.batch;

import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.anthropic.AnthropicChatProvider;
import ai.trainloop.provider.http.HttpSetup;
import ai.trainloop.provider.http.PlainHttp;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Anthropic's Message Batches: {@code POST /v1/messages/batches} with the requests, polled by id,
 * results read from its {@code results_url} as JSONL. Each succeeded result's {@code message} is
 * read by the synchronous provider's own parser. The key goes only to the configured host: a {@code
 * results_url} on another host (Anthropic documents it on {@code api.anthropic.com}) is refused,
 * never fetched with the key.
 */
public final class AnthropicBatchClient implements BatchClient {

  private static final long META_BYTES = 4L * 1024 * 1024;
  private static final long FILE_BYTES = 1024L * 1024 * 1024;

  private final HttpUrl base;
  private final Headers headers;
  private final PlainHttp http;
  private final ObjectMapper mapper;
  private final AnthropicChatProvider chat;
  private final BatchLimits limits;

  /**
   * @param base the provider's base URL ({@code https://api.anthropic.com})
   */
  public AnthropicBatchClient(
      HttpUrl base, HttpSetup setup, AnthropicChatProvider chat, BatchLimits limits) {
    this.base = base;
    Headers.Builder h =
        new Headers.Builder().add("anthropic-version", AnthropicChatProvider.API_VERSION);
    if (setup.key().present()) {
      h.add("x-api-key", setup.key().value());
    }
    this.headers = h.build();
    this.http = new PlainHttp(setup, AnthropicChatProvider.ERRORS);
    this.mapper = setup.mapper();
    this.chat = chat;
    this.limits = limits;
  }

  @Override
  public String vendor() {
    return "anthropic";
  }

  @Override
  public BatchLimits limits() {
    return limits;
  }

  @Override
  public BatchLine line(BatchItem item) throws ProviderException {
    ObjectNode request = mapper.createObjectNode().put("custom_id", item.customId());
    request.set("params", chat.batchBody(item.request()));
    return new BatchLine(item.customId(), write(request));
  }

  @Override
  public String submit(List<BatchLine> lines) throws ProviderException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("{\"requests\":[".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        body.write(',');
      }
      body.writeBytes(lines.get(i).json());
    }
    body.writeBytes("]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    JsonNode batch = read(http.post(batches(), headers, body.toByteArray(), META_BYTES));
    String id = batch.path("id").asText(null);
    if (id == null) {
      throw http.unusable("the batch was created without an id");
    }
    return id;
  }

  @Override
  public BatchStatus poll(String batchId) throws ProviderException {
    JsonNode b =
        read(http.get(batches().newBuilder().addPathSegment(batchId).build(), headers, META_BYTES));
    String state = b.path("processing_status").asText("unknown");
    JsonNode c = b.path("request_counts");
    long failed =
        c.path("errored").asLong(0) + c.path("canceled").asLong(0) + c.path("expired").asLong(0);
    long done = c.path("succeeded").asLong(0) + failed;
    String url = b.path("results_url").isTextual() ? b.path("results_url").asText() : null;
    return new BatchStatus(
        batchId,
        state,
        "ended".equals(state),
        done + c.path("processing").asLong(0),
        done,
        failed,
        null,
        url,
        null);
  }

  @Override
  public List<BatchOutcome> results(BatchStatus ended) throws ProviderException {
    if (ended.results() == null) {
      return List.of();
    }
    HttpUrl url = HttpUrl.parse(ended.results());
    if (url == null || !sameHost(url)) {
      throw new ProviderException(
          ProviderException.Kind.MODEL_FATAL,
          0,
          "batch "
              + ended.id()
              + ": results_url is on "
              + (url == null ? "an unreadable address" : url.host())
              + ", not on the configured host "
              + base.host()
              + "; not fetched (the key goes only to the configured host)");
    }
    List<BatchOutcome> out = new ArrayList<>();
    for (String line : http.get(url, headers, FILE_BYTES).split("\n")) {
      if (!line.isBlank()) {
        out.add(outcome(read(line)));
      }
    }
    return out;
  }

  @Override
  public void cancel(String batchId) throws ProviderException {
    HttpUrl url = batches().newBuilder().addPathSegment(batchId).addPathSegment("cancel").build();
    http.post(url, headers, new byte[0], META_BYTES);
  }

  private boolean sameHost(HttpUrl url) {
    return url.scheme().equals(base.scheme())
        && url.host().equalsIgnoreCase(base.host())
        && url.port() == base.port();
  }

  private BatchOutcome outcome(JsonNode line) throws ProviderException {
    String id = line.path("custom_id").asText(null);
    if (id == null) {
      throw http.unusable("a result line without custom_id");
    }
    JsonNode result = line.path("result");
    String type = result.path("type").asText("unknown");
    if ("succeeded".equals(type)) {
      try {
        return BatchOutcome.ok(id, chat.readReply(result.path("message")));
      } catch (ProviderException e) {
        return BatchOutcome.failed(id, e);
      }
    }
    JsonNode error = result.path("error").path("error");
    String why =
        error.isMissingNode()
            ? result.path("error").path("message").asText("")
            : error.path("type").asText("") + ": " + error.path("message").asText("");
    return BatchOutcome.failed(id, type + (why.isBlank() ? "" : " (" + why.trim() + ")"));
  }

  private HttpUrl batches() {
    return base.newBuilder().addPathSegments("v1/messages/batches").build();
  }

  private JsonNode read(String text) throws ProviderException {
    try {
      return mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw http.unusable("not JSON: " + e.getOriginalMessage());
    }
  }

  private byte[] write(JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
