package ai.trainloop.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ConfigException;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.SourceLocation;
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
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Anthropic specifics beyond the contract: temperature range, conversation shape, cache usage,
 * refusals.
 */
class AnthropicChatProviderTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SourceLocation WHERE =
      new SourceLocation(Path.of("trainloop.config.yaml"), 14, 9);
  private static final String REPLY =
      """
      {"type": "message", "role": "assistant", "content": [{"type": "text", "text": "Hello"}],
       "stop_reason": "end_turn", "usage": {"input_tokens": 10, "output_tokens": 2}}""";

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

  private ProviderEntry entry(Double temperature) {
    return ProviderEntry.builder()
        .provider("anthropic")
        .model("claude-3-5-haiku-20241022")
        .temperature(temperature)
        .baseUrl(server.url("/").toString())
        .location(WHERE)
        .build();
  }

  private Resolution resolve(ProviderEntry entry) {
    return new Providers(
            Providers.defaultClient(2),
            Map.of("ANTHROPIC_API_KEY", "sk-ant-test-0123456789"),
            Clock.systemUTC(),
            w -> {})
        .resolve(entry, null);
  }

  private ChatProvider provider() {
    return ((Resolution.Ready) resolve(entry(null))).provider();
  }

  private ChatRequest request(ChatMessage... messages) {
    return new ChatRequest("claude-3-5-haiku-20241022", List.of(messages), null, null, null);
  }

  private JsonNode sentBody() throws Exception {
    return JSON.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8());
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.5, -0.1, 2.0})
  void should_reject_a_temperature_outside_0_to_1_as_a_config_error_before_sending(
      double temperature) {
    // when
    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> resolve(entry(temperature)));
    // then
    assertThat(e.location()).isEqualTo(WHERE);
    assertThat(e.keyPath()).isEqualTo("temperature");
    assertThat(e.getMessage())
        .startsWith(
            "trainloop.config.yaml:14:9: temperature: anthropic accepts a temperature "
                + "from 0 to 1, not "
                + temperature);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void should_accept_the_bounds_of_the_temperature_range() {
    assertThat(resolve(entry(0.0))).isInstanceOf(Resolution.Ready.class);
    assertThat(resolve(entry(1.0))).isInstanceOf(Resolution.Ready.class);
  }

  @Test
  void should_send_max_tokens_1024_and_no_system_or_temperature_when_unset() throws Exception {
    // given
    server.enqueue(new MockResponse.Builder().body(REPLY).build());
    // when
    provider().complete(request(new ChatMessage("user", "Hi")));
    // then
    assertThat(sentBody())
        .isEqualTo(
            JSON.readTree(
                """
        {"model": "claude-3-5-haiku-20241022", "max_tokens": 1024,
         "messages": [{"role": "user", "content": "Hi"}]}"""));
  }

  @Test
  void should_send_a_system_only_call_as_one_user_turn() throws Exception {
    // given
    server.enqueue(new MockResponse.Builder().body(REPLY).build());
    // when
    provider().complete(request(new ChatMessage("system", "Write a greeting for Ana.")));
    // then
    JsonNode body = sentBody();
    assertThat(body.has("system")).isFalse();
    assertThat(body.get("messages"))
        .isEqualTo(
            JSON.readTree(
                """
        [{"role": "user", "content": "Write a greeting for Ana."}]"""));
  }

  @Test
  void should_fail_the_sample_without_sending_when_the_conversation_starts_with_the_assistant() {
    // when
    ProviderException e =
        catchThrowableOfType(
            ProviderException.class,
            () ->
                provider()
                    .complete(
                        request(
                            new ChatMessage("system", "Be brief."),
                            new ChatMessage("assistant", "Hello!"),
                            new ChatMessage("user", "Hi"))));
    // then
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.getMessage()).contains("start with a user message", "starts with assistant");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void should_count_cache_writes_and_reads_as_input_and_keep_them_apart() throws Exception {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"content": [{"type": "thinking", "thinking": "hmm"}, {"type": "text", "text": "Mountain "},
                     {"type": "text", "text": "View"}],
         "stop_reason": "max_tokens",
         "usage": {"input_tokens": 21, "cache_creation_input_tokens": 188086, "cache_read_input_tokens": 1500,
                   "output_tokens": 393}}""")
            .build());
    // when
    ChatResponse response = provider().complete(request(new ChatMessage("user", "Where?")));
    // then
    assertThat(response)
        .isEqualTo(
            new ChatResponse(
                "Mountain View",
                new Usage(21L + 188086L + 1500L, 393L, 1500L, 188086L, 0L),
                "max_tokens"));
  }

  @Test
  void should_make_a_refusal_a_sample_error() {
    // given
    server.enqueue(
        new MockResponse.Builder()
            .body(
                """
        {"content": [], "stop_reason": "refusal", "usage": {"input_tokens": 20, "output_tokens": 0}}""")
            .build());
    // when
    ProviderException e =
        catchThrowableOfType(
            ProviderException.class,
            () -> provider().complete(request(new ChatMessage("user", "Something bad"))));
    // then
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.getMessage()).startsWith("refused");
  }
}
