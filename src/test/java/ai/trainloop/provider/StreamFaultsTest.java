package ai.trainloop.provider;

import static ai.trainloop.provider.StreamServer.data;
import static ai.trainloop.provider.StreamServer.events;
import static ai.trainloop.provider.StreamServer.provider;
import static ai.trainloop.provider.StreamServer.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.provider.ProviderException.Kind;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stream cut off is the call's error, never a short reply; an error event is classified as the
 * vendor's error; the time to first token is timed between the request and the end.
 */
class StreamFaultsTest {
  private static final String ANTHROPIC_START =
      "event: message_start\ndata: {\"type\": \"message_start\", \"message\": {\"content\": [],"
          + " \"usage\": {\"input_tokens\": 3, \"output_tokens\": 1}}}\n\n"
          + "event: content_block_start\ndata: {\"type\": \"content_block_start\", \"index\": 0,"
          + " \"content_block\": {\"type\": \"text\", \"text\": \"\"}}\n\n"
          + "event: content_block_delta\ndata: {\"type\": \"content_block_delta\", \"index\": 0,"
          + " \"delta\": {\"type\": \"text_delta\", \"text\": \"Hel\"}}\n\n";

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

  @ParameterizedTest
  @ValueSource(strings = {"openai", "anthropic", "google"})
  void should_fail_a_stream_that_ends_before_its_last_event_as_retryable(String vendor) {
    // given a stream of text that ends without [DONE], message_stop or a finish reason
    String cut =
        switch (vendor) {
          case "openai" ->
              data("{\"choices\": [{\"index\": 0, \"delta\": {\"content\": \"Hel\"}}]}");
          case "anthropic" -> ANTHROPIC_START;
          default -> data("{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Hel\"}]}}]}");
        };
    server.enqueue(events(cut));

    // when
    ProviderException e = failure(vendor);

    // then an error worth retrying, never the short reply
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.getMessage()).contains("stream cut off").contains("before its last one");
  }

  @Test
  void should_fail_a_stream_whose_connection_is_closed_mid_way() {
    // given a stream whose connection is closed after its first event
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(ANTHROPIC_START + "event: message_stop\ndata: {\"type\": \"message_stop\"}\n\n")
            .onResponseBody(new SocketEffect.CloseSocket())
            .build());

    // when
    ProviderException e = failure("anthropic");

    // then
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void should_fail_a_stream_with_a_data_line_that_is_not_json() {
    // given
    server.enqueue(
        events(
            data(
                "{\"choices\": [{\"index\": 0, \"delta\": {\"content\": \"Hel\"}}]}",
                "{\"choices\": [{\"index\": 0, \"delta\": {\"cont",
                "[DONE]")));

    // when
    ProviderException e = failure("openai");

    // then
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.getMessage()).contains("event 2 is not JSON");
  }

  @Test
  void should_retry_an_overloaded_error_event_and_fail_an_invalid_request_one() {
    // given two streams failing mid-way with Anthropic's error events
    server.enqueue(events(ANTHROPIC_START + error("overloaded_error", "Overloaded")));
    server.enqueue(events(ANTHROPIC_START + error("invalid_request_error", "Bad tool input")));

    // when
    ProviderException overloaded = failure("anthropic");
    ProviderException invalid = failure("anthropic");

    // then classified as the same errors sent with a status
    assertThat(overloaded.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(overloaded.status()).isEqualTo(529);
    assertThat(overloaded.getMessage())
        .contains("Overloaded")
        .contains("error event in the stream");
    assertThat(invalid.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(invalid.getMessage()).contains("Bad tool input");
  }

  @Test
  void should_read_an_error_status_before_the_stream_as_a_whole_error() {
    // given a 429 with a JSON body
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Content-Type", "application/json")
            .body("{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\"}}")
            .build());

    // when
    ProviderException e = failure("openai");

    // then
    assertThat(e.status()).isEqualTo(429);
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void should_time_the_first_token_after_a_slow_start_and_before_a_slow_end() throws Exception {
    // given a stream whose first token comes 300 ms after its role chunk, and whose end 300 ms
    // later
    String role = data("{\"choices\": [{\"index\": 0, \"delta\": {\"role\": \"assistant\"}}]}");
    String text = data("{\"choices\": [{\"index\": 0, \"delta\": {\"content\": \"Hi\"}}]}");
    String end =
        data(
            "{\"choices\": [{\"index\": 0, \"delta\": {}, \"finish_reason\": \"stop\"}],"
                + " \"usage\": {\"prompt_tokens\": 3, \"completion_tokens\": 1}}",
            "[DONE]");
    int chunk = Math.max(role.length(), Math.max(text.length(), end.length()));
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            // each part padded to one throttle period: role, pause, text, pause, end
            .body(pad(role, chunk) + pad(text, chunk) + pad(end, chunk))
            .throttleBody(chunk, 300, TimeUnit.MILLISECONDS)
            .build());
    CallCancel cancel = new CallCancel();

    // when
    ChatResponse r = provider(server, "openai").complete(request("m"), cancel);

    // then the first token is timed after the first pause, the total after the second
    CallTiming t = cancel.trace().timing();
    assertThat(r.text()).isEqualTo("Hi");
    assertThat(t.firstToken()).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    assertThat(t.total().minus(t.firstToken())).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    assertThat(t.toHeaders()).isLessThanOrEqualTo(t.firstToken());
  }

  @Test
  void should_time_out_a_stream_that_stalls_between_events_at_the_read_timeout() {
    // given a client with a 300 ms read timeout and a stream that pauses 2 s after its first event
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(ANTHROPIC_START + "event: message_stop\ndata: {\"type\": \"message_stop\"}\n\n")
            .throttleBody(ANTHROPIC_START.length(), 2, TimeUnit.SECONDS)
            .build());
    ChatProvider slowReader =
        provider(
            server,
            "anthropic",
            Providers.defaultClient(2).newBuilder().readTimeout(Duration.ofMillis(300)).build());
    CallCancel cancel = new CallCancel();

    // when
    ProviderException e =
        catchThrowableOfType(
            ProviderException.class, () -> slowReader.complete(request("m"), cancel));

    // then a timeout, counted as one
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.getMessage()).contains("timed out");
    assertThat(cancel.trace().timedOut()).isEqualTo(Duration.ofMillis(300));
  }

  private ProviderException failure(String vendor) {
    ChatProvider p = provider(server, vendor);
    return catchThrowableOfType(
        ProviderException.class, () -> p.complete(request("gemini-2.0-flash"), new CallCancel()));
  }

  private static String error(String type, String message) {
    return "event: error\ndata: {\"type\": \"error\", \"error\": {\"type\": \""
        + type
        + "\", \"message\": \""
        + message
        + "\"}}\n\n";
  }

  /** {@code events} followed by a comment line, to {@code length} characters. */
  private static String pad(String events, int length) {
    int room = length - events.length();
    return room <= 0 ? events : events + ":" + " ".repeat(Math.max(0, room - 2)) + "\n";
  }
}
