package ai.trainloop.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The parts of classification the MockWebServer contract cannot provoke reliably: which timeout
 * passed.
 */
class ErrorClassifierTest {

  private static final Duration CALL = Duration.ofSeconds(3);
  private static final Duration READ = Duration.ofMinutes(2);
  private static final Duration CONNECT = Duration.ofSeconds(10);

  private final ErrorClassifier classifier =
      new ErrorClassifier(
          new ApiKey("groq", "GROQ_API_KEY", "gsk_secret123"),
          (mapper, body) -> null,
          HttpSetup.newMapper(),
          Clock.systemUTC());

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void should_name_the_call_timeout_for_okhttps_whole_call_timeout() {
    ProviderException e =
        classifier.fromIo(new InterruptedIOException("timeout"), CALL, READ, CONNECT);
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.getMessage()).isEqualTo("groq timed out after 3 s");
  }

  @Test
  void should_name_the_read_and_connect_timeouts() {
    assertThat(
            classifier
                .fromIo(new SocketTimeoutException("Read timed out"), CALL, READ, CONNECT)
                .getMessage())
        .isEqualTo("groq timed out after 120 s");
    assertThat(
            classifier
                .fromIo(new SocketTimeoutException("Connect timed out"), CALL, READ, CONNECT)
                .getMessage())
        .isEqualTo("groq timed out after 10 s");
  }

  @Test
  void should_make_a_refused_connection_retryable_and_scrub_its_message() {
    ProviderException e =
        classifier.fromIo(
            new ConnectException("Failed to connect gsk_secret123"), null, READ, CONNECT);
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.status()).isZero();
    assertThat(e.getMessage())
        .isEqualTo("groq connection failed: ConnectException: Failed to connect ***");
  }

  @Test
  void should_not_call_an_interrupt_a_timeout() {
    Thread.currentThread().interrupt();
    ProviderException e = classifier.fromIo(new InterruptedIOException(), CALL, READ, CONNECT);
    assertThat(e.kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(e.getMessage()).isEqualTo("groq call interrupted");
  }

  @Test
  void should_restore_the_interrupt_flag_okio_cleared() {
    ProviderException e =
        classifier.fromIo(new InterruptedIOException("interrupted"), CALL, READ, CONNECT);
    assertThat(e.getMessage()).isEqualTo("groq call interrupted");
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }

  @Test
  void should_retry_any_5xx_and_fail_the_sample_on_other_4xx() {
    assertThat(classifier.fromResponse(520, Headers.of(), "").kind()).isEqualTo(Kind.RETRYABLE);
    assertThat(classifier.fromResponse(413, Headers.of(), "too big").kind())
        .isEqualTo(Kind.SAMPLE_ERROR);
  }

  @Test
  void should_tell_a_keyless_provider_that_refuses_to_name_a_key_variable() throws IOException {
    ErrorClassifier keyless =
        new ErrorClassifier(
            ApiKey.none("ollama"),
            (mapper, body) -> null,
            HttpSetup.newMapper(),
            Clock.systemUTC());
    ProviderException e = keyless.fromResponse(401, Headers.of(), "unauthorized");
    assertThat(e.kind()).isEqualTo(Kind.MODEL_FATAL);
    assertThat(e.getMessage())
        .isEqualTo(
            "ollama refused the request without an API key (401): unauthorized; name "
                + "the key's variable in api_key_env");
  }

  @Test
  void should_show_an_html_page_by_its_title_bounded_with_tags_and_entities_removed() {
    String longTitle =
        "<html><head><title>\n  Error &amp; <b>Outage</b>: " + "x".repeat(500) + "</title></head>";
    assertThat(classifier.fromResponse(503, Headers.of(), longTitle).getMessage())
        .startsWith("groq HTTP 503: Error & Outage : xxx")
        .endsWith("x...")
        .hasSizeLessThan(150);
    assertThat(
            classifier
                .fromResponse(502, Headers.of(), "<html><body><h1>Bad gateway</h1></body></html>")
                .getMessage())
        .isEqualTo("groq HTTP 502: untitled");
  }

  @Test
  void should_keep_markup_out_of_a_rejected_key_message() {
    ProviderException e =
        classifier.fromResponse(
            401,
            Headers.of(),
            "<!doctype html><html><head><title>401 Authorization Required</title></head><body>...</body></html>");
    assertThat(e.kind()).isEqualTo(Kind.MODEL_FATAL);
    assertThat(e.getMessage())
        .isEqualTo(
            "groq rejected the API key in GROQ_API_KEY (401): 401 Authorization Required (HTML page)");
  }

  @Test
  void should_keep_plain_text_bodies_as_their_start() {
    assertThat(classifier.fromResponse(400, Headers.of(), "model <name> is unknown").getMessage())
        .isEqualTo("groq 400: model <name> is unknown");
  }
}
