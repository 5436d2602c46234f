package ai.trainloop.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.http.HttpLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every HTTP adapter passes, against MockWebServer on loopback: the request it sends
 * (method, path, query, headers, JSON body with system-message placement and merged roles), the
 * reply it reads from a recorded fixture, and how every failure is classified. Each adapter
 * supplies its specifics in a subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ProviderContract {

  protected static final ObjectMapper JSON = new ObjectMapper();
  protected static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC);

  /** Two system messages, two user messages in a row, a reply and a follow-up. */
  protected static final List<ChatMessage> CONVERSATION =
      List.of(
          new ChatMessage("system", "You are a terse assistant."),
          new ChatMessage("system", "Answer in English."),
          new ChatMessage("user", "Hi!"),
          new ChatMessage("user", "Where is Google's headquarters?"),
          new ChatMessage("assistant", "Mountain View."),
          new ChatMessage("user", "Which state?"));

  protected final OkHttpClient http = Providers.defaultClient(4);
  protected final List<String> warnings = new CopyOnWriteArrayList<>();
  protected MockWebServer server;

  /** One row of the status table: a reply and what it must become. */
  public record ErrorCase(
      String name,
      int status,
      Headers headers,
      String body,
      Kind kind,
      Duration retryAfter,
      String messageContains) {
    public static ErrorCase of(
        String name, int status, String body, Kind kind, String messageContains) {
      return new ErrorCase(name, status, Headers.of(), body, kind, null, messageContains);
    }

    public ErrorCase withHeader(String header, String value, Duration expectedWait) {
      return new ErrorCase(
          name,
          status,
          headers.newBuilder().add(header, value).build(),
          body,
          kind,
          expectedWait,
          messageContains);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  // ---- what each adapter supplies

  /** The API key the environment holds for this adapter. */
  protected abstract String key();

  /** The environment for a mock server at {@code server}: at least the key. */
  protected abstract Map<String, String> env(HttpUrl server);

  /** The entry under test, pointed at the mock server; temperature 0.7 and max_tokens 50. */
  protected abstract ProviderEntry entry(HttpUrl server);

  protected abstract String model();

  /** The request target the adapter must use: path and query. */
  protected abstract String expectedTarget();

  protected abstract void assertAuthentication(Headers headers);

  /** Classpath resource of the golden request body for {@link #CONVERSATION}. */
  protected abstract String expectedBodyResource();

  /** A recorded 200 reply. */
  protected abstract String replyBody() throws IOException;

  protected abstract ChatResponse expectedReply();

  /** Status code and the provider's error body → kind, wait and message. */
  protected abstract Stream<ErrorCase> errorCases() throws IOException;

  /** A 401 body, as the provider writes it, that echoes the key back. */
  protected abstract String unauthorizedBodyEchoing(String key);

  /** The text a 401 message must start with: provider and key variable. */
  protected abstract String keyRejectedMessage();

  // ---- the contract

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    warnings.clear();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void should_send_one_post_with_the_vendors_path_headers_and_body() throws Exception {
    // given
    server.enqueue(json(200, replyBody()));
    // when
    provider(null).complete(request());
    // then
    RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getTarget()).isEqualTo(expectedTarget());
    assertThat(recorded.getHeaders().get("Content-Type")).startsWith("application/json");
    assertAuthentication(recorded.getHeaders());
    assertThat(JSON.readTree(recorded.getBody().utf8()))
        .isEqualTo(JSON.readTree(resource(expectedBodyResource())));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void should_read_text_finish_reason_and_usage_from_the_recorded_reply() throws Exception {
    // given
    server.enqueue(json(200, replyBody()));
    // when
    ChatResponse response = provider(null).complete(request());
    // then
    assertThat(response).isEqualTo(expectedReply());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorCases")
  void should_classify_each_error_status_and_body(ErrorCase c) {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .code(c.status())
            .headers(c.headers())
            .addHeader("Content-Type", "application/json")
            .body(c.body())
            .build());
    // when
    ProviderException e = failure(provider(null));
    // then
    assertThat(e.kind()).as("kind").isEqualTo(c.kind());
    assertThat(e.status()).isEqualTo(c.status());
    assertThat(e.retryAfter()).as("retryAfter").isEqualTo(c.retryAfter());
    assertThat(e.getMessage()).contains(c.messageContains()).doesNotContain(key());
    assertThat(server.getRequestCount()).as("exactly one HTTP request").isEqualTo(1);
  }

  @Test
  void should_stop_the_model_and_keep_the_key_out_of_the_message_when_a_401_echoes_it() {
    // given
    server.enqueue(json(401, unauthorizedBodyEchoing(key())));
    // when
    ProviderException e = failure(provider(null));
    // then
    assertThat(e.kind()).isEqualTo(Kind.MODEL_FATAL);
    assertThat(e.getMessage())
        .startsWith(keyRejectedMessage())
        .contains("***")
        .doesNotContain(key());
    assertThat(e.toString()).doesNotContain(key());
  }

  @Test
  void should_keep_the_key_out_of_the_url() throws Exception {
    // given
    server.enqueue(json(200, replyBody()));
    // when
    provider(null).complete(request());
    // then
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().toString()).doesNotContain(key());
  }

  @Test
  void should_classify_a_call_past_its_timeout_as_retryable() throws Exception {
    // given a server that answers after 3 s and a 300 ms call timeout
    server.enqueue(
        new MockResponse.Builder().body(replyBody()).headersDelay(3, TimeUnit.SECONDS).build());
    long start = System.nanoTime();
    // when
    ProviderException e = failure(provider(Duration.ofMillis(300)));
    // then
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.status()).isZero();
    assertThat(e.getMessage()).contains("timed out after 0.3 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void should_classify_a_dropped_connection_as_retryable_without_a_second_request() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    // when
    ProviderException e = failure(provider(null));
    // then
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.status()).isZero();
    assertThat(e.getMessage()).contains("connection failed");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void should_make_an_unreadable_200_that_samples_error() {
    // given
    server.enqueue(new MockResponse.Builder().code(200).body("<html>Bad gateway</html>").build());
    // when
    ProviderException e = failure(provider(null));
    // then
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.getMessage()).contains("could not be read");
  }

  @Test
  void should_obey_x_should_retry_either_way() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .code(500)
            .addHeader("x-should-retry", "false")
            .body("{}")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .addHeader("x-should-retry", "true")
            .body("{}")
            .build());
    ChatProvider provider = provider(null);
    // when
    ProviderException notRetried = failure(provider);
    ProviderException retried = failure(provider);
    // then
    assertThat(notRetried.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(retried.kind()).isEqualTo(Kind.RETRYABLE);
  }

  @Test
  void should_take_the_wait_from_an_http_date_and_prefer_retry_after_ms() {
    // given (the clock reads 12:00:00)
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("retry-after", "Mon, 02 Mar 2026 12:00:30 GMT")
            .body("{}")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("retry-after", "20")
            .addHeader("retry-after-ms", "250")
            .body("{}")
            .build());
    ChatProvider provider = provider(null);
    // when
    ProviderException dated = failure(provider);
    ProviderException inMillis = failure(provider);
    // then
    assertThat(dated.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(inMillis.retryAfter()).isEqualTo(Duration.ofMillis(250));
  }

  @ParameterizedTest(name = "{0} to another host")
  @ValueSource(ints = {302, 307})
  void should_not_follow_a_redirect_and_fail_only_that_sample_naming_status_and_host(int status)
      throws Exception {
    // given a redirect to a second server, with a secret in the Location's query
    try (MockWebServer elsewhere = new MockWebServer()) {
      elsewhere.start();
      elsewhere.enqueue(json(200, replyBody()));
      String location = elsewhere.url("/steal?token=SECRET-IN-QUERY").toString();
      server.enqueue(
          new MockResponse.Builder()
              .code(status)
              .addHeader("Location", location)
              .addHeader("x-should-retry", "true")
              .body("moved")
              .build());
      // when
      ProviderException e = failure(provider(null));
      // then
      assertThat(e.kind())
          .as("a sample error: not retried, the model goes on")
          .isEqualTo(Kind.SAMPLE_ERROR);
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.getMessage())
          .contains(String.valueOf(status))
          .contains(elsewhere.getHostName() + ":" + elsewhere.getPort())
          .doesNotContain("SECRET-IN-QUERY")
          .doesNotContain("/steal")
          .doesNotContain(key());
      assertThat(elsewhere.getRequestCount())
          .as("the other host receives nothing, key included")
          .isZero();
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void should_fail_a_reply_whose_content_length_passes_the_cap_at_once_without_reading_it()
      throws Exception {
    // given a 64 KB reply dripped at 4 KB/s, with a cap of 8 KB
    String big = replyBody() + " ".repeat(64 * 1024);
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(big)
            .throttleBody(4 * 1024, 1, TimeUnit.SECONDS)
            .build());
    long start = System.nanoTime();
    // when
    ProviderException e = failure(provider(null, new HttpLimits(Duration.ofMinutes(1), 8 * 1024)));
    // then
    assertThat(e.kind()).as("not retried").isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.getMessage()).contains("larger than the 8 KB limit");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
  }

  @Test
  void should_stop_reading_a_chunked_reply_at_the_cap() throws Exception {
    // given a valid reply padded to 64 KB, sent without a Content-Length, with a cap of 8 KB
    String big = replyBody() + " ".repeat(64 * 1024);
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .chunkedBody(big, 1024)
            .build());
    // when
    ProviderException e = failure(provider(null, new HttpLimits(Duration.ofMinutes(1), 8 * 1024)));
    // then
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.getMessage()).contains("larger than the 8 KB limit");
  }

  @Test
  void should_cap_error_bodies_too() {
    // given a 64 KB error page without a Content-Length
    server.enqueue(
        new MockResponse.Builder().code(500).chunkedBody("x".repeat(64 * 1024), 1024).build());
    // when
    ProviderException e = failure(provider(null, new HttpLimits(Duration.ofMinutes(1), 8 * 1024)));
    // then
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.status()).isEqualTo(500);
    assertThat(e.getMessage()).contains("larger than the 8 KB limit");
  }

  @Test
  void should_end_a_dripped_reply_at_the_default_deadline_when_max_response_time_is_unset()
      throws Exception {
    // given a reply dripped at 16 bytes per 100 ms (so the read timeout never passes) and a default
    // deadline of 0.5 s
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(replyBody())
            .throttleBody(16, 100, TimeUnit.MILLISECONDS)
            .build());
    long start = System.nanoTime();
    // when
    HttpLimits limits = new HttpLimits(Duration.ofMillis(500), HttpLimits.DEFAULT_MAX_REPLY_BYTES);
    ProviderException e = failure(provider(null, limits));
    // then
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.getMessage()).contains("timed out after 0.5 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void should_show_a_proxys_html_502_as_its_status_and_title_not_markup() {
    // given nginx's 502 page, padded with markup as a CDN's is
    String page =
        "<!DOCTYPE html>\n<html>\n<head><title>502 Bad Gateway</title>"
            + "<style>body{font-family:sans-serif}</style></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n"
            + "<hr><center>nginx/1.25.3</center>\n"
            + "<!-- padding -->\n".repeat(20)
            + "</body>\n</html>\n";
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .body(page)
            .build());
    // when
    ProviderException e = failure(provider(null));
    // then
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.status()).isEqualTo(502);
    assertThat(e.getMessage())
        .endsWith(" HTTP 502: 502 Bad Gateway")
        .doesNotContain("<")
        .doesNotContain("nginx");
  }

  // ---- helpers for subclasses

  protected ChatRequest request() {
    return new ChatRequest(model(), CONVERSATION, 0.7, 50, null);
  }

  /** The adapter as the factory builds it from {@link #entry} and {@link #env}. */
  protected ChatProvider provider(Duration callTimeout) {
    return provider(callTimeout, HttpLimits.DEFAULTS);
  }

  protected ChatProvider provider(Duration callTimeout, HttpLimits limits) {
    HttpUrl url = server.url("/");
    Resolution resolution =
        new Providers(http, env(url), CLOCK, warnings::add, limits)
            .resolve(entry(url), callTimeout);
    assertThat(resolution).isInstanceOf(Resolution.Ready.class);
    return ((Resolution.Ready) resolution).provider();
  }

  protected ProviderException failure(ChatProvider provider) {
    ProviderException e =
        catchThrowableOfType(ProviderException.class, () -> provider.complete(request()));
    assertThat(e).as("a ProviderException").isNotNull();
    return e;
  }

  protected static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  public static String resource(String path) throws IOException {
    try (InputStream in = ProviderContract.class.getResourceAsStream("/provider/" + path)) {
      assertThat(in).as("resource " + path).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A part of a JSON resource, e.g. the response body inside a recorded request/response pair. */
  public static String resourcePart(String path, String pointer) throws IOException {
    JsonNode node = JSON.readTree(resource(path)).at(pointer);
    return JSON.writeValueAsString(node);
  }
}
