package ai.trainloop.provider.batch;

import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.http.HttpSetup;
import ai.trainloop.provider.http.PlainHttp;
import ai.trainloop.provider.openai.OpenAiChatProvider;
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
 * OpenAI's Batch API: the lines uploaded as a JSONL file ({@code POST /files}, {@code
 * purpose=batch}), a batch created on it ({@code POST /batches}), polled ({@code GET
 * /batches/{id}}), and its output and error files read ({@code GET /files/{id}/content}). Each
 * output line's {@code response.body} is read by the synchronous provider's own parser.
 */
public final class OpenAiBatchClient implements BatchClient {

  /** Batch metadata replies are small; result files are up to the input's 200 MB and more. */
  private static final long META_BYTES = 4L * 1024 * 1024;

  private static final long FILE_BYTES = 1024L * 1024 * 1024;

  private final HttpUrl base;
  private final Headers headers;
  private final PlainHttp http;
  private final ObjectMapper mapper;
  private final OpenAiChatProvider chat;
  private final BatchLimits limits;

  /**
   * @param base the provider's base URL ({@code https://api.openai.com/v1})
   * @param chat the synchronous provider whose request bodies and reply parser are used
   */
  public OpenAiBatchClient(
      HttpUrl base, HttpSetup setup, OpenAiChatProvider chat, BatchLimits limits) {
    this.base = base;
    this.headers =
        setup.key().present()
            ? Headers.of("Authorization", "Bearer " + setup.key().value())
            : Headers.of();
    this.http = new PlainHttp(setup, OpenAiChatProvider.ERRORS);
    this.mapper = setup.mapper();
    this.chat = chat;
    this.limits = limits;
  }

  @Override
  public String vendor() {
    return "openai";
  }

  @Override
  public BatchLimits limits() {
    return limits;
  }

  @Override
  public BatchLine line(BatchItem item) throws ProviderException {
    ObjectNode line = mapper.createObjectNode();
    line.put("custom_id", item.customId()).put("method", "POST");
    line.put("url", "/v1/chat/completions");
    line.set("body", chat.batchBody(item.request()));
    return new BatchLine(item.customId(), write(line));
  }

  @Override
  public String submit(List<BatchLine> lines) throws ProviderException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    for (BatchLine line : lines) {
      file.writeBytes(line.json());
      file.write('\n');
    }
    JsonNode uploaded =
        read(
            http.upload(
                url("files"), headers, "batch", "trainloop.jsonl", file.toByteArray(), META_BYTES));
    String fileId = uploaded.path("id").asText(null);
    if (fileId == null) {
      throw http.unusable("the file upload gave no id");
    }
    ObjectNode create = mapper.createObjectNode().put("input_file_id", fileId);
    create.put("endpoint", "/v1/chat/completions").put("completion_window", "24h");
    JsonNode batch = read(http.post(url("batches"), headers, write(create), META_BYTES));
    String id = batch.path("id").asText(null);
    if (id == null) {
      throw http.unusable("the batch was created without an id");
    }
    return id;
  }

  @Override
  public BatchStatus poll(String batchId) throws ProviderException {
    JsonNode b = read(http.get(url("batches", batchId), headers, META_BYTES));
    String state = b.path("status").asText("unknown");
    boolean ended =
        switch (state) {
          case "completed", "failed", "expired", "cancelled" -> true;
          default -> false;
        };
    JsonNode counts = b.path("request_counts");
    long failed = counts.path("failed").asLong(0);
    long done = counts.path("completed").asLong(0) + failed;
    return new BatchStatus(
        batchId,
        state,
        ended,
        counts.path("total").asLong(0),
        done,
        failed,
        "completed".equals(state) ? null : reason(b, state),
        text(b.path("output_file_id")),
        text(b.path("error_file_id")));
  }

  @Override
  public List<BatchOutcome> results(BatchStatus ended) throws ProviderException {
    List<BatchOutcome> out = new ArrayList<>();
    for (String file : new String[] {ended.results(), ended.errors()}) {
      if (file == null) {
        continue;
      }
      String text = http.get(url("files", file, "content"), headers, FILE_BYTES);
      for (String line : text.split("\n")) {
        if (!line.isBlank()) {
          out.add(outcome(read(line)));
        }
      }
    }
    return out;
  }

  @Override
  public void cancel(String batchId) throws ProviderException {
    http.post(url("batches", batchId, "cancel"), headers, new byte[0], META_BYTES);
  }

  private BatchOutcome outcome(JsonNode line) throws ProviderException {
    String id = line.path("custom_id").asText(null);
    if (id == null) {
      throw http.unusable("a result line without custom_id");
    }
    JsonNode response = line.path("response");
    JsonNode error = line.path("error");
    int status = response.path("status_code").asInt(0);
    if (status == 200 && response.hasNonNull("body")) {
      try {
        return BatchOutcome.ok(id, chat.readReply(response.path("body")));
      } catch (ProviderException e) {
        return BatchOutcome.failed(id, e);
      }
    }
    String message = error.path("message").asText(null);
    if (message == null) {
      message = response.path("body").path("error").path("message").asText("no reason given");
    }
    return BatchOutcome.failed(id, (status > 0 ? "HTTP " + status + ": " : "") + message);
  }

  private static String reason(JsonNode batch, String state) {
    StringBuilder why = new StringBuilder("batch " + state);
    for (JsonNode e : batch.path("errors").path("data")) {
      why.append("; ").append(e.path("message").asText(e.path("code").asText("")));
    }
    return why.toString();
  }

  private static String text(JsonNode node) {
    return node.isTextual() && !node.asText().isEmpty() ? node.asText() : null;
  }

  private HttpUrl url(String... segments) {
    HttpUrl.Builder b = base.newBuilder();
    for (String s : segments) {
      b.addPathSegment(s);
    }
    return b.build();
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
