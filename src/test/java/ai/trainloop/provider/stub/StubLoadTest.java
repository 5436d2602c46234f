package ai.trainloop.provider.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Providers;
import ai.trainloop.provider.Resolution;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bench harness's synthetic load: repeatable, the asked share of 429s, and 429s every adapter
 * understands.
 */
class StubLoadTest {

  @Test
  void should_answer_the_same_call_the_same_way_every_time() {
    // given two loads with the same parameters
    StubLoad a = new StubLoad(20, 10, 0.3, 1, 7);
    StubLoad b = new StubLoad(20, 10, 0.3, 1, 7);

    // when / then every call gets the same reply from both
    for (int i = 0; i < 200; i++) {
      StubProvider.Call call = new StubProvider.Call("openai", "m", "prompt " + i, 1 + i % 3);
      assertThat(a.answer(call)).isEqualTo(b.answer(call));
    }
  }

  @Test
  void should_refuse_about_the_asked_share_of_attempts_and_keep_latency_within_the_jitter() {
    // given
    StubLoad load = new StubLoad(20, 5, 0.2, 1, 1);

    // when 10,000 attempts are answered
    int faults = 0;
    for (int i = 0; i < 10_000; i++) {
      StubProvider.Reply reply = load.answer(new StubProvider.Call("anthropic", "m", "p" + i, 1));
      if (reply instanceof StubProvider.Fault f) {
        assertThat(f.status()).isEqualTo(429);
        assertThat(f.headers()).containsEntry("Retry-After", "1");
        faults++;
      } else {
        assertThat(((StubProvider.Text) reply).delayMillis()).isBetween(15L, 25L);
      }
    }

    // then about a fifth were 429s
    assertThat(faults).isBetween(1_800, 2_200);
  }

  @ParameterizedTest
  @CsvSource({"openai, /v1", "anthropic, ''", "google, ''"})
  void should_send_429s_each_adapter_reads_as_retryable_with_the_servers_wait(
      String provider, String path) throws Exception {
    // given a stub that refuses every attempt
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new StubProvider(new StubLoad(0, 0, 1.0, 3, 1)));
      server.start();
      ProviderEntry entry =
          ProviderEntry.builder()
              .provider(provider)
              .model("m")
              .baseUrl(server.url(path).toString())
              .build();
      ChatProvider chat =
          ((Resolution.Ready)
                  new Providers(
                          Providers.defaultClient(1),
                          Map.of(
                              "OPENAI_API_KEY",
                              "k",
                              "ANTHROPIC_API_KEY",
                              "k",
                              "GOOGLE_API_KEY",
                              "k"),
                          Clock.systemUTC(),
                          w -> {})
                      .resolve(entry, null))
              .provider();

      // when
      ProviderException e =
          catchThrowableOfType(
              ProviderException.class,
              () ->
                  chat.complete(
                      new ChatRequest(
                          "m", List.of(new ChatMessage("user", "hi")), null, null, null)));

      // then
      assertThat(e.status()).isEqualTo(429);
      assertThat(e.kind()).isEqualTo(ProviderException.Kind.RETRYABLE);
      assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3));
    }
  }

  @Test
  void should_answer_each_wire_format_when_it_does_not_refuse() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new StubProvider(StubLoad.instant()));
      server.start();
      ProviderEntry entry =
          ProviderEntry.builder()
              .provider("google")
              .model("gemini-2.0-flash")
              .baseUrl(server.url("").toString())
              .build();
      ChatProvider chat =
          ((Resolution.Ready)
                  new Providers(
                          Providers.defaultClient(1),
                          Map.of("GOOGLE_API_KEY", "k"),
                          Clock.systemUTC(),
                          w -> {})
                      .resolve(entry, null))
              .provider();

      ChatResponse reply =
          chat.complete(
              new ChatRequest(
                  "gemini-2.0-flash", List.of(new ChatMessage("user", "Ada")), null, null, null));

      assertThat(reply.text()).isEqualTo("Hello! Here is a short answer to: Ada");
      assertThat(reply.usage().inputTokens()).isEqualTo(8L);
    }
  }
}
