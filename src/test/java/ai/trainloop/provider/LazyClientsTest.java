package ai.trainloop.provider;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.stub.StubProvider;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * TLS is set up only for https base URLs, on a client sharing the plain one's pool and settings.
 */
class LazyClientsTest {
  private final LazyClients clients = new LazyClients(Providers.defaultBuilder(4));

  @Test
  void should_serve_http_urls_with_a_plain_http_client() {
    // when
    OkHttpClient local = clients.apply(HttpUrl.get("http://localhost:11434/v1"));

    // then
    assertThat(local.connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
    assertThat(clients.apply(HttpUrl.get("http://127.0.0.1:8000/v1"))).isSameAs(local);
  }

  @Test
  void should_serve_https_urls_with_one_tls_client_sharing_the_pool_and_settings() {
    // given a plain client already in use
    OkHttpClient local = clients.apply(HttpUrl.get("http://localhost:11434/v1"));

    // when two https entries are resolved
    OkHttpClient openai = clients.apply(HttpUrl.get("https://api.openai.com/v1"));
    OkHttpClient anthropic = clients.apply(HttpUrl.get("https://api.anthropic.com"));

    // then they share one TLS client, with the plain client's pool, dispatcher and timeouts
    assertThat(openai).isSameAs(anthropic).isNotSameAs(local);
    assertThat(openai.connectionSpecs()).contains(ConnectionSpec.MODERN_TLS);
    assertThat(openai.connectionPool()).isSameAs(local.connectionPool());
    assertThat(openai.dispatcher()).isSameAs(local.dispatcher());
    assertThat(openai.readTimeoutMillis()).isEqualTo(120_000);
    assertThat(openai.retryOnConnectionFailure()).isFalse();
    assertThat(local.connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
  }

  @Test
  void should_keep_the_shared_default_client_able_to_speak_tls() {
    assertThat(Providers.defaultClient(2).connectionSpecs()).contains(ConnectionSpec.MODERN_TLS);
  }

  @Test
  void should_answer_through_providers_built_with_default_clients() throws Exception {
    // given a local OpenAI-compatible server and providers with the lazily built clients
    StubProvider stub =
        new StubProvider(call -> new StubProvider.Text("hi " + call.prompt(), 3, 2));
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(stub);
      server.start();
      Providers providers =
          Providers.withDefaultClients(
              2, Map.of("OPENAI_API_KEY", "sk-test"), Clock.systemUTC(), w -> {});
      ProviderEntry entry =
          ProviderEntry.builder()
              .provider("openai")
              .model("gpt-4o-mini")
              .baseUrl(server.url("/v1").toString())
              .build();

      // when
      ChatProvider provider = ((Resolution.Ready) providers.resolve(entry, null)).provider();
      ChatResponse reply =
          provider.complete(
              new ChatRequest(
                  "gpt-4o-mini", List.of(new ChatMessage("user", "Ada")), null, null, null));

      // then
      assertThat(reply.text()).isEqualTo("hi Ada");
      assertThat(stub.requests.get()).isEqualTo(1);
    }
  }
}
