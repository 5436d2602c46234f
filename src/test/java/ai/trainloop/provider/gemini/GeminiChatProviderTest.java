package ai.trainloop.provider.gemini;

import static ai.trainloop.provider.ProviderContract.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.Providers;
import ai.trainloop.provider.Resolution;
import ai.trainloop.provider.Usage;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Gemini specifics beyond the contract: blocked prompts and replies (recorded), key variables,
 * cached tokens.
 */
class GeminiChatProviderTest {

  private static final ChatRequest REQUEST =
      new ChatRequest(
          "gemini-2.0-flash",
          List.of(new ChatMessage("user", "Where is Google's headquarters?")),
          null,
          null,
          null);

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

  private ChatProvider provider(Map<String, String> env) {
    ProviderEntry entry =
        ProviderEntry.builder()
            .provider("gemini")
            .model("gemini-2.0-flash")
            .baseUrl(server.url("/").toString())
            .build();
    return ((Resolution.Ready)
            new Providers(Providers.defaultClient(2), env, Clock.systemUTC(), w -> {})
                .resolve(entry, null))
        .provider();
  }

  private ChatProvider provider() {
    return provider(Map.of("GOOGLE_API_KEY", "AIzaSyTest0123456789abcdefghijklmnop"));
  }

  private ProviderException failureFor(String fixture) throws Exception {
    server.enqueue(new MockResponse.Builder().body(resource("fixtures/gemini/" + fixture)).build());
    ProviderException e =
        catchThrowableOfType(ProviderException.class, () -> provider().complete(REQUEST));
    assertThat(e).isNotNull();
    return e;
  }

  @Test
  void should_read_the_recorded_basic_reply() throws Exception {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(resource("fixtures/gemini/unary-success-basic-reply-short.json"))
            .build());
    // when
    ChatResponse response = provider().complete(REQUEST);
    // then
    assertThat(response)
        .isEqualTo(
            new ChatResponse(
                "Google's headquarters, also known as the Googleplex, is "
                    + "located in **Mountain View, California**.\n",
                new Usage(7L, 22L, 0L, 0L, 0L),
                "STOP"));
  }

  @Test
  void should_make_a_blocked_prompt_without_candidates_a_sample_error() throws Exception {
    ProviderException e = failureFor("unary-failure-only-prompt-feedback.json");
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.getMessage()).isEqualTo("google blocked the prompt: Message");
  }

  @Test
  void should_name_the_block_reason_of_a_blocked_prompt() throws Exception {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"promptFeedback": {"blockReason": "SAFETY", "safetyRatings": []}}""")
            .build());
    // when
    ProviderException e =
        catchThrowableOfType(ProviderException.class, () -> provider().complete(REQUEST));
    // then
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.getMessage()).isEqualTo("google blocked the prompt (SAFETY)");
  }

  @Test
  void should_make_a_safety_finish_a_sample_error_even_with_partial_text() throws Exception {
    ProviderException e = failureFor("unary-failure-finish-reason-safety.json");
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.getMessage()).isEqualTo("google stopped the reply (finishReason SAFETY)");
  }

  @Test
  void should_make_an_other_finish_without_content_a_sample_error_with_its_message()
      throws Exception {
    ProviderException e = failureFor("unary-failure-with-message-no-content.json");
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.getMessage())
        .isEqualTo(
            "google stopped the reply (finishReason OTHER): Model failed to generate "
                + "content due to internal error.");
  }

  @Test
  void should_read_the_key_from_gemini_api_key_when_google_api_key_is_unset() throws Exception {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(resource("fixtures/gemini/unary-success-basic-reply-short.json"))
            .build());
    ChatProvider provider =
        provider(Map.of("GEMINI_API_KEY", "AIzaSyGemini0123456789abcdefghijklmno"));
    // when
    provider.complete(REQUEST);
    // then
    RecordedRequest sent = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(sent.getHeaders().get("x-goog-api-key"))
        .isEqualTo("AIzaSyGemini0123456789abcdefghijklmno");
    assertThat(sent.getUrl().queryParameter("key")).isNull();
    assertThat(provider.keyVariable()).isEqualTo("GEMINI_API_KEY");
  }

  @Test
  void should_count_cached_content_tokens_and_accept_a_models_prefix() throws Exception {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"candidates": [{"content": {"parts": [{"text": "Yes"}], "role": "model"}, "finishReason": "MAX_TOKENS"}],
         "usageMetadata": {"promptTokenCount": 4000, "candidatesTokenCount": 1, "cachedContentTokenCount": 3500,
                           "totalTokenCount": 4001}}""")
            .build());
    // when
    ChatResponse response =
        provider()
            .complete(
                new ChatRequest("models/gemini-2.0-flash", REQUEST.messages(), null, null, null));
    // then
    assertThat(response)
        .isEqualTo(new ChatResponse("Yes", new Usage(4000L, 1L, 3500L, 0L, 0L), "MAX_TOKENS"));
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget())
        .isEqualTo("/v1beta/models/gemini-2.0-flash:generateContent");
  }
}
