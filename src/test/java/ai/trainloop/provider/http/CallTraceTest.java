package ai.trainloop.provider.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.CallTiming;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Providers;
import ai.trainloop.provider.RateLimits;
import ai.trainloop.provider.Resolution;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP boundary tells the runner of each attempt, against a scripted server: the phases'
 * times, the rate-limit headers (of errors too), and the limit a call timed out at.
 */
class CallTraceTest {
  private static final String REPLY =
      "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": \"hi\"},"
          + " \"finish_reason\": \"stop\"}], \"usage\": {\"prompt_tokens\": 3,"
          + " \"completion_tokens\": 1}}";
  private static final ChatRequest REQUEST =
      new ChatRequest("gpt-4o", List.of(new ChatMessage("user", "hello")), null, 20, null);

  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ChatProvider provider(Duration callTimeout) {
    ProviderEntry entry =
        new ProviderEntry(
            "openai",
            "gpt-4o",
            null,
            20,
            server.url("/v1").toString(),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return ((Resolution.Ready)
            new Providers(
                    Providers.defaultClient(2),
                    Map.of("OPENAI_API_KEY", "sk-test-0123456789"),
                    Clock.systemUTC(),
                    line -> {})
                .resolve(entry, callTimeout))
        .provider();
  }

  @Test
  void should_time_the_exchange_and_note_the_set_up_only_of_the_call_that_opened_the_connection()
      throws Exception {
    // given a server that takes 100 ms before its headers
    ChatProvider provider = provider(null);
    for (int i = 0; i < 2; i++) {
      server.enqueue(
          new MockResponse.Builder().body(REPLY).headersDelay(100, TimeUnit.MILLISECONDS).build());
    }
    CallCancel first = new CallCancel();
    CallCancel second = new CallCancel();
    // when two calls go one after the other on one connection
    provider.complete(REQUEST, first);
    provider.complete(REQUEST, second);
    // then both are timed from the request to the reply's end; only the first opened a connection
    CallTiming a = first.trace().timing();
    CallTiming b = second.trace().timing();
    assertThat(a.setup()).isNotNull();
    assertThat(b.setup()).isNull();
    assertThat(a.toHeaders()).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    assertThat(b.total()).isGreaterThanOrEqualTo(b.toHeaders());
    assertThat(first.trace().timedOut()).isNull();
  }

  @Test
  void should_note_the_limit_a_call_timed_out_at() {
    // given a server slower than the call's 200 ms limit
    ChatProvider provider = provider(Duration.ofMillis(200));
    server.enqueue(
        new MockResponse.Builder().body(REPLY).headersDelay(2, TimeUnit.SECONDS).build());
    CallCancel attempt = new CallCancel();
    // when
    ProviderException e =
        catchThrowableOfType(ProviderException.class, () -> provider.complete(REQUEST, attempt));
    // then
    assertThat(e.getMessage()).contains("timed out after 0.2 s");
    assertThat(attempt.trace().timedOut()).isEqualTo(Duration.ofMillis(200));
    assertThat(attempt.trace().timing()).isNull();
  }

  @Test
  void should_not_take_a_reset_connection_for_a_timeout() {
    ChatProvider provider = provider(Duration.ofSeconds(5));
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new mockwebserver3.SocketEffect.CloseSocket())
            .build());
    CallCancel attempt = new CallCancel();

    ProviderException e =
        catchThrowableOfType(ProviderException.class, () -> provider.complete(REQUEST, attempt));

    assertThat(e.getMessage()).contains("connection failed");
    assertThat(attempt.trace().timedOut()).isNull();
  }

  @Test
  void should_keep_the_rate_limit_headers_of_a_429_too() {
    ChatProvider provider = provider(null);
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("x-ratelimit-limit-requests", "60")
            .addHeader("x-ratelimit-remaining-requests", "0")
            .addHeader("x-ratelimit-reset-requests", "1s")
            .body("{\"error\": {\"message\": \"slow down\", \"type\": \"requests\"}}")
            .build());
    CallCancel attempt = new CallCancel();

    ProviderException e =
        catchThrowableOfType(ProviderException.class, () -> provider.complete(REQUEST, attempt));

    assertThat(e.status()).isEqualTo(429);
    assertThat(attempt.trace().rateLimits().requests())
        .isEqualTo(new RateLimits.Limit(60L, 0L, Duration.ofSeconds(1)));
  }
}
