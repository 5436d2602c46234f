package ai.trainloop.provider.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.anthropic.AnthropicChatProvider;
import ai.trainloop.provider.http.HttpSetup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnthropicBatchClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private MockWebServer server;
  private MockWebServer foreign;
  private AnthropicBatchClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    foreign = new MockWebServer();
    foreign.start();
    HttpUrl base = server.url("/");
    HttpSetup setup =
        BatchTestSetup.setup("anthropic", "ANTHROPIC_API_KEY", BatchTestSetup.ANTHROPIC_KEY);
    client =
        new AnthropicBatchClient(
            base, setup, new AnthropicChatProvider(base, setup), BatchLimits.ANTHROPIC);
  }

  @AfterEach
  void stop() {
    server.close();
    foreign.close();
  }

  private void reply(String body) {
    server.enqueue(new MockResponse.Builder().code(200).body(body).build());
  }

  private static String message(String text) {
    return "{\"id\":\"msg\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\""
        + text
        + "\"}],\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":20,\"output_tokens\":4}}";
  }

  private BatchStatus ended(String resultsUrl) throws Exception {
    reply(
        "{\"id\":\"msgbatch_1\",\"type\":\"message_batch\",\"processing_status\":\"ended\","
            + "\"request_counts\":{\"processing\":0,\"succeeded\":2,\"errored\":1,\"canceled\":0,\"expired\":1},"
            + "\"results_url\":\""
            + resultsUrl
            + "\"}");
    return client.poll("msgbatch_1");
  }

  @Test
  void should_create_poll_and_match_results_by_custom_id_when_out_of_order() throws Exception {
    List<BatchLine> lines =
        List.of(
            client.line(BatchTestSetup.item(0, "claude-3-5-haiku-latest")),
            client.line(BatchTestSetup.item(1, "claude-3-5-haiku-latest")));
    reply(
        "{\"id\":\"msgbatch_1\",\"type\":\"message_batch\",\"processing_status\":\"in_progress\"}");
    assertThat(client.submit(lines)).isEqualTo("msgbatch_1");
    RecordedRequest create = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(create.getUrl().encodedPath()).isEqualTo("/v1/messages/batches");
    assertThat(create.getHeaders().get("x-api-key")).isEqualTo(BatchTestSetup.ANTHROPIC_KEY);
    JsonNode body = JSON.readTree(create.getBody().utf8());
    assertThat(body.path("requests").get(1).path("custom_id").asText()).isEqualTo("s1-r0");
    assertThat(body.path("requests").get(1).path("params").path("model").asText())
        .isEqualTo("claude-3-5-haiku-latest");

    reply(
        "{\"id\":\"msgbatch_1\",\"processing_status\":\"in_progress\",\"request_counts\":{\"processing\":4,\"succeeded\":0}}");
    assertThat(client.poll("msgbatch_1").ended()).isFalse();
    BatchStatus done = ended(server.url("/v1/messages/batches/msgbatch_1/results").toString());
    assertThat(done.summary()).isEqualTo("ended 4/4 (2 failed)");
    reply(
        "{\"custom_id\":\"s3-r0\",\"result\":{\"type\":\"expired\"}}\n"
            + "{\"custom_id\":\"s1-r0\",\"result\":{\"type\":\"succeeded\",\"message\":"
            + message("one")
            + "}}\n"
            + "{\"custom_id\":\"s2-r0\",\"result\":{\"type\":\"errored\",\"error\":{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"max_tokens too large\"}}}}\n"
            + "{\"custom_id\":\"s0-r0\",\"result\":{\"type\":\"succeeded\",\"message\":"
            + message("zero")
            + "}}\n");

    Map<String, BatchOutcome> out =
        client.results(done).stream()
            .collect(Collectors.toMap(BatchOutcome::customId, Function.identity()));

    assertThat(out.get("s0-r0").response().text()).isEqualTo("zero");
    assertThat(out.get("s1-r0").response().text()).isEqualTo("one");
    assertThat(out.get("s1-r0").response().usage().outputTokens()).isEqualTo(4L);
    assertThat(out.get("s2-r0").error().getMessage())
        .contains("errored")
        .contains("invalid_request_error: max_tokens too large");
    assertThat(out.get("s3-r0").error().getMessage()).contains("expired");
    server.takeRequest(5, TimeUnit.SECONDS);
    server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest results = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(results.getUrl().encodedPath()).isEqualTo("/v1/messages/batches/msgbatch_1/results");
  }

  @Test
  void should_not_send_the_key_when_results_url_is_on_another_host() throws Exception {
    BatchStatus done = ended(foreign.url("/steal").toString());

    ProviderException e = catchThrowableOfType(ProviderException.class, () -> client.results(done));

    assertThat(e.getMessage()).contains("not fetched").doesNotContain(BatchTestSetup.ANTHROPIC_KEY);
    assertThat(foreign.getRequestCount()).isZero();
  }
}
