package ai.trainloop.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.Providers;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The cold start kept out of the timed calls: loopback twins of the adapters, answered by the
 * in-process warm-up server and sent no key; connections opened ahead, harmlessly when that fails.
 */
class WarmupPathTest {
  private static final String KEY = "sk-test-warmup-0123456789";
  private static final ChatRequest REQUEST =
      new ChatRequest("m", List.of(new ChatMessage("user", "hello")), null, 20, null);

  private final Providers providers =
      new Providers(
          Providers.defaultClient(2),
          Map.of("OPENAI_API_KEY", KEY, "ANTHROPIC_API_KEY", KEY, "GOOGLE_API_KEY", KEY),
          Clock.systemUTC(),
          line -> {});

  @Test
  void should_answer_every_vendors_adapter_from_the_warm_up_server() throws Exception {
    try (WarmupServer server = WarmupServer.start(2)) {
      for (String vendor : List.of("openai", "anthropic", "google")) {
        ChatProvider twin =
            providers.loopbackTwin(ProviderEntry.of(vendor, "some-model"), server.baseUrl());

        assertThat(twin.complete(REQUEST).text()).as(vendor).contains("Hello there");
      }
    }
  }

  @Test
  void should_answer_every_vendors_streamed_request_with_its_events() throws Exception {
    try (WarmupServer server = WarmupServer.start(2)) {
      for (String vendor : List.of("openai", "anthropic", "google")) {
        ChatProvider twin =
            providers.loopbackTwin(ProviderEntry.of(vendor, "some-model"), server.baseUrl());
        CallCancel handle = new CallCancel();

        ChatResponse reply = twin.complete(REQUEST.streamed(true), handle);

        assertThat(reply.text()).as(vendor).isEqualTo("Hello there, Alice! Nice to meet you.");
        assertThat(reply.usage().outputTokens()).as(vendor).isEqualTo(9L);
        assertThat(handle.trace().firstTokenNanos()).as(vendor + ": read as a stream").isPositive();
      }
    }
  }

  @Test
  void should_send_the_twin_no_key() throws Exception {
    try (MockWebServer fake = new MockWebServer()) {
      fake.start();
      fake.enqueue(
          new MockResponse.Builder().body(WarmupServer.reply("/v1/chat/completions")).build());
      ChatProvider twin =
          providers.loopbackTwin(ProviderEntry.of("openai", "gpt-4o"), fake.url("/v1"));

      twin.complete(REQUEST);

      RecordedRequest sent = fake.takeRequest(5, TimeUnit.SECONDS);
      assertThat(sent.getHeaders().get("Authorization")).isNull();
      assertThat(sent.getHeaders().toString()).doesNotContain(KEY);
    }
  }

  @Test
  void should_make_no_twin_of_a_provider_that_calls_nothing_or_of_an_https_address() {
    try (WarmupServer server = WarmupServer.start(1)) {
      assertThat(providers.loopbackTwin(ProviderEntry.of("recorded", null), server.baseUrl()))
          .isNull();
      assertThat(
              providers.loopbackTwin(
                  ProviderEntry.of("openai", "gpt-4o"),
                  okhttp3.HttpUrl.get("https://api.openai.com/v1")))
          .isNull();
    }
  }

  @Test
  void should_answer_an_unknown_endpoint_with_nothing() {
    assertThat(WarmupServer.reply("/v1/models")).isNull();
  }

  @Test
  void should_preopen_with_a_get_of_the_model_list_to_the_configured_host_only() throws Exception {
    try (MockWebServer host = new MockWebServer()) {
      host.start();
      host.enqueue(new MockResponse.Builder().body("{\"data\": []}").build());
      HttpSetup setup =
          new HttpSetup(
              Providers.defaultClient(1),
              HttpSetup.newMapper(),
              Clock.systemUTC(),
              new ApiKey("openai", "OPENAI_API_KEY", KEY),
              HttpLimits.DEFAULT_MAX_REPLY_BYTES);
      List<String> debug = new CopyOnWriteArrayList<>();

      new JsonHttp(setup, (m, b) -> null)
          .preopen(
              host.url("/v1/models"),
              okhttp3.Headers.of("Authorization", "Bearer " + KEY),
              debug::add);

      RecordedRequest sent = host.takeRequest(5, TimeUnit.SECONDS);
      assertThat(sent.getMethod()).isEqualTo("GET");
      assertThat(sent.getTarget()).isEqualTo("/v1/models");
      assertThat(debug).singleElement().asString().contains("pre-opened", "HTTP 200");
    }
  }

  @Test
  void should_only_tell_debug_when_preopening_fails_and_never_the_key() {
    HttpSetup setup =
        new HttpSetup(
            Providers.defaultClient(1),
            HttpSetup.newMapper(),
            Clock.systemUTC(),
            new ApiKey("openai", "OPENAI_API_KEY", KEY),
            HttpLimits.DEFAULT_MAX_REPLY_BYTES);
    List<String> debug = new CopyOnWriteArrayList<>();

    // nothing listens on port 9 of loopback
    new JsonHttp(setup, (m, b) -> null)
        .preopen(
            okhttp3.HttpUrl.get("http://127.0.0.1:9/v1/models?key=" + KEY),
            okhttp3.Headers.of("Authorization", "Bearer " + KEY),
            debug::add);

    assertThat(debug).singleElement().asString().contains("failed (harmless)").doesNotContain(KEY);
  }

  @Test
  void should_not_preopen_a_local_http_server() throws Exception {
    try (MockWebServer local = new MockWebServer()) {
      local.start();
      ProviderEntry entry =
          new ProviderEntry(
              "openai",
              "gpt-4o",
              null,
              null,
              local.url("/v1").toString(),
              null,
              null,
              null,
              null,
              null,
              null,
              null);
      ChatProvider provider =
          ((ai.trainloop.provider.Resolution.Ready) providers.resolve(entry, null)).provider();

      provider.preopen(line -> {});

      assertThat(local.getRequestCount()).isZero();
    }
  }
}
