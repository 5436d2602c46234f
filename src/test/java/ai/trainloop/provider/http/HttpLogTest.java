package ai.trainloop.provider.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Providers;
import ai.trainloop.provider.Resolution;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code --verbose}: each exchange logged, and no key anywhere in the log. */
class HttpLogTest {
  private static final String KEY = "sk-live-ABCDEF0123456789";
  private static final ChatRequest REQUEST =
      new ChatRequest("gpt-4o", List.of(new ChatMessage("user", "hello")), null, 20, null);

  private MockWebServer server;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ChatProvider provider(HttpLog.Level level, String keyVariable) {
    Map<String, String> env = Map.of(keyVariable, KEY);
    ProviderEntry entry =
        ProviderEntry.builder()
            .provider("openai-compatible")
            .model("gpt-4o")
            .baseUrl(server.url("/v1").toString())
            .apiKeyEnv(keyVariable)
            .build();
    HttpLog log = new HttpLog(level, env, lines::add);
    return ((Resolution.Ready)
            Providers.withDefaultClients(2, env, Clock.systemUTC(), line -> {}, log)
                .resolve(entry, null))
        .provider();
  }

  @Test
  void should_log_method_url_status_attempt_and_time_of_each_exchange() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": \"hi\"},"
                    + " \"finish_reason\": \"stop\"}], \"usage\": {\"prompt_tokens\": 3,"
                    + " \"completion_tokens\": 1}}")
            .build());
    CallCancel handle = new CallCancel();
    handle.trace().attempt(2);

    provider(HttpLog.Level.CALLS, "OPENAI_API_KEY").complete(REQUEST, handle);

    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .startsWith("http: POST " + server.url("/v1/chat/completions") + " (attempt 2) → 200 in ")
        .endsWith(" ms (headers)");
  }

  @Test
  void should_never_show_a_key_in_headers_or_in_a_body_that_echoes_it() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(401)
            .body("{\"error\": {\"message\": \"Incorrect API key provided: " + KEY + "\"}}")
            .build());

    // the variable's name says nothing of a key: the header it travels in is enough
    ProviderException e =
        catchThrowableOfType(
            ProviderException.class,
            () ->
                provider(HttpLog.Level.BODIES, "MY_LLM_CREDENTIAL")
                    .complete(REQUEST, new CallCancel()));

    assertThat(e.getMessage()).doesNotContain(KEY);
    assertThat(String.join("\n", lines))
        .contains("Authorization: [redacted]")
        .contains("Incorrect API key provided: [redacted]")
        .contains("\"model\":\"gpt-4o\"")
        .contains("→ 401")
        .doesNotContain(KEY)
        .doesNotContain("ABCDEF0123456789");
  }

  @Test
  void should_leave_out_the_exchanges_with_an_ignored_host() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": \"hi\"},"
                    + " \"finish_reason\": \"stop\"}]}")
            .build());
    HttpLog log = new HttpLog(HttpLog.Level.CALLS, Map.of(), lines::add);
    log.ignore(server.url("/"));
    okhttp3.OkHttpClient client =
        Providers.defaultClient(1).newBuilder().addInterceptor(log).build();

    try (okhttp3.Response r =
        client.newCall(new okhttp3.Request.Builder().url(server.url("/x")).build()).execute()) {
      assertThat(r.code()).isEqualTo(200);
    }

    assertThat(lines).isEmpty();
  }
}
