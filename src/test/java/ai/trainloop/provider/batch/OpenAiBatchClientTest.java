package ai.trainloop.provider.batch;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.http.HttpSetup;
import ai.trainloop.provider.openai.OpenAiChatProvider;
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

class OpenAiBatchClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private MockWebServer server;
  private OpenAiBatchClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    HttpUrl base = server.url("/v1");
    HttpSetup setup = BatchTestSetup.setup("openai", "OPENAI_API_KEY", BatchTestSetup.OPENAI_KEY);
    client =
        new OpenAiBatchClient(
            base, setup, OpenAiChatProvider.standard("openai", base, setup), BatchLimits.OPENAI);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void reply(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).build());
  }

  private RecordedRequest taken() throws Exception {
    return server.takeRequest(5, TimeUnit.SECONDS);
  }

  private static String completion(String text, int in, int out) {
    return "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\""
        + text
        + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":"
        + in
        + ",\"completion_tokens\":"
        + out
        + "}}";
  }

  @Test
  void should_upload_create_and_read_results_by_custom_id_when_they_come_out_of_order()
      throws Exception {
    List<BatchLine> lines =
        List.of(
            client.line(BatchTestSetup.item(0, "gpt-4o-mini")),
            client.line(BatchTestSetup.item(1, "gpt-4o-mini")),
            client.line(BatchTestSetup.item(2, "gpt-4o-mini")));
    reply(200, "{\"id\":\"file-in\",\"purpose\":\"batch\"}");
    reply(200, "{\"id\":\"batch_1\",\"status\":\"validating\"}");

    String id = client.submit(lines);

    assertThat(id).isEqualTo("batch_1");
    RecordedRequest upload = taken();
    assertThat(upload.getUrl().encodedPath()).isEqualTo("/v1/files");
    assertThat(upload.getHeaders().get("Authorization"))
        .isEqualTo("Bearer " + BatchTestSetup.OPENAI_KEY);
    String multipart = upload.getBody().utf8();
    assertThat(multipart)
        .contains("name=\"purpose\"")
        .contains("batch")
        .contains("filename=\"trainloop.jsonl\"");
    assertThat(multipart)
        .contains("\"custom_id\":\"s2-r0\"")
        .contains("\"url\":\"/v1/chat/completions\"");
    JsonNode create = JSON.readTree(taken().getBody().utf8());
    assertThat(create.path("input_file_id").asText()).isEqualTo("file-in");
    assertThat(create.path("endpoint").asText()).isEqualTo("/v1/chat/completions");
    assertThat(create.path("completion_window").asText()).isEqualTo("24h");

    // poll: in progress, then completed with an output and an error file
    reply(
        200,
        "{\"id\":\"batch_1\",\"status\":\"in_progress\",\"request_counts\":{\"total\":3,\"completed\":1,\"failed\":0}}");
    assertThat(client.poll("batch_1").ended()).isFalse();
    reply(
        200,
        "{\"id\":\"batch_1\",\"status\":\"completed\",\"output_file_id\":\"file-out\","
            + "\"error_file_id\":\"file-err\",\"request_counts\":{\"total\":3,\"completed\":2,\"failed\":1}}");
    BatchStatus done = client.poll("batch_1");
    assertThat(done.ended()).isTrue();
    assertThat(done.summary()).isEqualTo("completed 3/3 (1 failed)");

    reply(
        200,
        "{\"id\":\"r2\",\"custom_id\":\"s2-r0\",\"response\":{\"status_code\":200,\"body\":"
            + completion("two", 12, 3)
            + "},\"error\":null}\n"
            + "{\"id\":\"r0\",\"custom_id\":\"s0-r0\",\"response\":{\"status_code\":200,\"body\":"
            + completion("zero", 10, 1)
            + "},\"error\":null}\n");
    reply(
        200,
        "{\"id\":\"r1\",\"custom_id\":\"s1-r0\",\"response\":{\"status_code\":400,\"body\":"
            + "{\"error\":{\"message\":\"Invalid value for temperature\"}}},\"error\":null}\n");
    Map<String, BatchOutcome> out =
        client.results(done).stream()
            .collect(Collectors.toMap(BatchOutcome::customId, Function.identity()));

    assertThat(out.get("s0-r0").response().text()).isEqualTo("zero");
    assertThat(out.get("s0-r0").response().usage().inputTokens()).isEqualTo(10L);
    assertThat(out.get("s2-r0").response().text()).isEqualTo("two");
    assertThat(out.get("s2-r0").response().finishReason()).isEqualTo("stop");
    assertThat(out.get("s1-r0").error().getMessage())
        .contains("HTTP 400")
        .contains("Invalid value for temperature");
    taken();
    taken();
    assertThat(taken().getUrl().encodedPath()).isEqualTo("/v1/files/file-out/content");
    assertThat(taken().getUrl().encodedPath()).isEqualTo("/v1/files/file-err/content");
  }

  @Test
  void should_give_the_vendor_reason_when_the_batch_failed_or_expired() throws Exception {
    reply(
        200,
        "{\"id\":\"batch_2\",\"status\":\"failed\",\"errors\":{\"data\":[{\"code\":\"invalid_json_line\",\"message\":\"Line 3 is not valid JSON\"}]}}");
    BatchStatus failed = client.poll("batch_2");
    reply(
        200,
        "{\"id\":\"batch_3\",\"status\":\"expired\",\"request_counts\":{\"total\":2,\"completed\":1,\"failed\":0}}");
    BatchStatus expired = client.poll("batch_3");

    assertThat(failed.ended()).isTrue();
    assertThat(failed.reason()).isEqualTo("batch failed; Line 3 is not valid JSON");
    assertThat(expired.ended()).isTrue();
    assertThat(expired.reason()).isEqualTo("batch expired");
    assertThat(client.results(failed)).isEmpty();
  }

  @Test
  void should_not_follow_a_redirect_when_polling() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(307)
            .addHeader("Location", "http://elsewhere.test/x")
            .build());

    Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> client.poll("batch_1"));

    assertThat(e)
        .hasMessageContaining("elsewhere.test")
        .hasMessageNotContaining(BatchTestSetup.OPENAI_KEY);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
