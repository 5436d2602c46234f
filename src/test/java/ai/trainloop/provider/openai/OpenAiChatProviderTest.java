package ai.trainloop.provider.openai;

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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** OpenAI specifics beyond the contract: reasoning models, refusals, usage details. */
class OpenAiChatProviderTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<ChatMessage> PROMPT =
      List.of(
          new ChatMessage("system", "You are a terse assistant."),
          new ChatMessage("user", "Where is Google's headquarters?"));

  private final List<String> warnings = new CopyOnWriteArrayList<>();
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

  private ChatProvider provider(String model, Double temperature) {
    ProviderEntry entry =
        ProviderEntry.builder()
            .provider("openai")
            .model(model)
            .temperature(temperature)
            .maxTokens(50)
            .baseUrl(server.url("/v1").toString())
            .build();
    Resolution resolution =
        new Providers(
                Providers.defaultClient(2),
                Map.of("OPENAI_API_KEY", "sk-test-0123456789"),
                Clock.systemUTC(),
                warnings::add)
            .resolve(entry, null);
    return ((Resolution.Ready) resolution).provider();
  }

  private void reply(String body) {
    server.enqueue(new MockResponse.Builder().code(200).body(body).build());
  }

  private JsonNode sentBody() throws Exception {
    return JSON.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8());
  }

  @Test
  void should_send_max_completion_tokens_and_no_temperature_to_a_reasoning_model_and_warn_once()
      throws Exception {
    // given an o3-mini entry with a temperature
    ChatProvider provider = provider("o3-mini", 0.7);
    reply(resource("fixtures/openai/recorded-response.json"));
    reply(resource("fixtures/openai/recorded-response.json"));
    // when two calls are made
    provider.complete(new ChatRequest("o3-mini", PROMPT, 0.7, 50, null));
    provider.complete(new ChatRequest("o3-mini", PROMPT, 0.7, 50, null));
    // then
    assertThat(sentBody()).isEqualTo(JSON.readTree(resource("requests/openai-reasoning.json")));
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("openai/o3-mini", "temperature 0.7 is not sent", "max_completion_tokens");
  }

  @Test
  void should_not_warn_about_a_reasoning_model_without_a_temperature() {
    provider("gpt-5-mini", null);
    assertThat(warnings).isEmpty();
  }

  @Test
  void should_leave_temperature_and_max_tokens_out_when_unset() throws Exception {
    // given
    reply(resource("fixtures/openai/recorded-response.json"));
    // when
    provider("gpt-4o", null).complete(new ChatRequest("gpt-4o", PROMPT, null, null, null));
    // then
    JsonNode body = sentBody();
    assertThat(body.has("temperature")).isFalse();
    assertThat(body.has("max_tokens")).isFalse();
    assertThat(body.has("max_completion_tokens")).isFalse();
  }

  @Test
  void should_make_a_refusal_a_sample_error() {
    // given
    reply(
        """
        {"choices": [{"index": 0, "message": {"role": "assistant", "content": null,
          "refusal": "I'm sorry, I can't help with that."}, "finish_reason": "stop"}],
         "usage": {"prompt_tokens": 12, "completion_tokens": 9}}""");
    // when
    ProviderException e =
        catchThrowableOfType(
            ProviderException.class,
            () ->
                provider("gpt-4o", null)
                    .complete(new ChatRequest("gpt-4o", PROMPT, null, null, null)));
    // then
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.getMessage()).isEqualTo("refused: I'm sorry, I can't help with that.");
  }

  @Test
  void should_read_cached_and_reasoning_tokens_from_the_usage_details() throws Exception {
    // given
    reply(
        """
        {"choices": [{"message": {"role": "assistant", "content": "Mountain View"}, "finish_reason": "length"}],
         "usage": {"prompt_tokens": 2006, "completion_tokens": 300, "total_tokens": 2306,
           "prompt_tokens_details": {"cached_tokens": 1920, "audio_tokens": 0},
           "completion_tokens_details": {"reasoning_tokens": 256, "audio_tokens": 0}}}""");
    // when
    ChatResponse response =
        provider("o4-mini", null).complete(new ChatRequest("o4-mini", PROMPT, null, 300, null));
    // then
    assertThat(response)
        .isEqualTo(
            new ChatResponse("Mountain View", new Usage(2006L, 300L, 1920L, 0L, 256L), "length"));
  }

  @Test
  void should_report_unknown_usage_when_a_compatible_server_sends_none() throws Exception {
    // given
    reply(
        """
        {"choices": [{"message": {"role": "assistant", "content": "hi"}, "finish_reason": "stop"}]}""");
    // when
    ChatResponse response =
        provider("gpt-4o", null).complete(new ChatRequest("gpt-4o", PROMPT, null, null, null));
    // then
    assertThat(response.usage()).isEqualTo(Usage.UNKNOWN);
    assertThat(response.usage().known()).isFalse();
  }

  @Test
  void should_make_a_reply_without_choices_a_sample_error() {
    // given
    reply(
        """
        {"id": "chatcmpl-1", "choices": [], "usage": {"prompt_tokens": 5, "completion_tokens": 0}}""");
    // when
    ProviderException e =
        catchThrowableOfType(
            ProviderException.class,
            () ->
                provider("gpt-4o", null)
                    .complete(new ChatRequest("gpt-4o", PROMPT, null, null, null)));
    // then
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.getMessage()).contains("no choices");
  }
}
