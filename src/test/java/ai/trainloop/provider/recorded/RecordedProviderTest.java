package ai.trainloop.provider.recorded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.ToolCall;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.eval.FinishReason;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.Providers;
import ai.trainloop.provider.Resolution;
import ai.trainloop.provider.Usage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class RecordedProviderTest {

  private static final List<ChatMessage> PROMPT = List.of(new ChatMessage("user", "Say hi to Ana"));

  /**
   * A client that counts every call it is asked to make, to prove the recorded provider makes none.
   */
  private final AtomicInteger calls = new AtomicInteger();

  private final OkHttpClient countingClient =
      new OkHttpClient.Builder()
          .addInterceptor(
              chain -> {
                calls.incrementAndGet();
                throw new AssertionError("the recorded provider must not touch the network");
              })
          .build();

  private ChatProvider provider() {
    Resolution resolution =
        new Providers(countingClient, Map.of(), Clock.systemUTC(), w -> {})
            .resolve(ProviderEntry.of("recorded", "recorded"), Duration.ofSeconds(3));
    return ((Resolution.Ready) resolution).provider();
  }

  @Test
  void should_answer_with_the_recorded_output_and_duration_without_a_key_or_the_network()
      throws Exception {
    // given
    ChatRequest request =
        new ChatRequest(
            "recorded",
            PROMPT,
            0.7,
            50,
            new ChatRequest.Recorded("Hello Ana! Great to see you.", 842L));
    // when
    ChatResponse response = provider().complete(request);
    // then
    assertThat(response)
        .isEqualTo(
            new ChatResponse(
                "Hello Ana! Great to see you.", Usage.UNKNOWN, null, Duration.ofMillis(842)));
    assertThat(calls).hasValue(0);
  }

  @Test
  void should_leave_the_latency_unknown_when_the_event_has_no_duration() throws Exception {
    ChatResponse response =
        provider()
            .complete(
                new ChatRequest(
                    "recorded", PROMPT, null, null, new ChatRequest.Recorded("Hi", null)));
    assertThat(response.latency()).isNull();
    assertThat(response.text()).isEqualTo("Hi");
  }

  @Test
  void should_fail_the_sample_when_nothing_was_recorded() {
    ProviderException e =
        catchThrowableOfType(
            ProviderException.class,
            () -> provider().complete(new ChatRequest("recorded", PROMPT, null, null, null)));
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
  }

  @Test
  void should_answer_with_the_recorded_tool_calls_and_finish_reason() throws Exception {
    ToolCall call = new ToolCall("toolu_1", "get_weather", "{\"city\":\"Paris\"}");
    ChatResponse calling =
        provider()
            .complete(
                new ChatRequest(
                    "recorded",
                    PROMPT,
                    null,
                    null,
                    new ChatRequest.Recorded("", 10L, List.of(call), null)));
    assertThat(calling.toolCalls()).containsExactly(call);
    assertThat(calling.text()).isEmpty();
    assertThat(calling.finish()).isEqualTo(FinishReason.TOOL_CALLS);

    ChatResponse cut =
        provider()
            .complete(
                new ChatRequest(
                    "recorded",
                    PROMPT,
                    null,
                    null,
                    new ChatRequest.Recorded("Hi A", 10L, List.of(), "max_tokens")));
    assertThat(cut.finish()).isEqualTo(FinishReason.LENGTH);
    assertThat(cut.finishReason()).isEqualTo("max_tokens");
    // nothing recorded about how it ended: unknown, not "stop"
    assertThat(
            provider()
                .complete(
                    new ChatRequest(
                        "recorded", PROMPT, null, null, new ChatRequest.Recorded("Hi", null)))
                .finish())
        .isNull();
  }

  @Test
  void should_be_named_recorded_and_use_no_key() {
    assertThat(provider().name()).isEqualTo("recorded");
    assertThat(provider().keyVariable()).isNull();
  }
}
