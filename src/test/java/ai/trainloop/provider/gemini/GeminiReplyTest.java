package ai.trainloop.provider.gemini;

import static ai.trainloop.provider.ProviderContract.resource;
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
import java.time.Clock;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a generateContent reply says beyond its text: functionCall parts and its finishReason. */
class GeminiReplyTest {
  private static final ChatRequest REQUEST =
      new ChatRequest(
          "gemini-2.0-flash",
          List.of(new ChatMessage("user", "Weather in Paris?")),
          null,
          50,
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

  private ChatResponse answer(String body) throws ProviderException {
    server.enqueue(new MockResponse.Builder().code(200).body(body).build());
    ProviderEntry entry =
        ProviderEntry.builder()
            .provider("gemini")
            .model("gemini-2.0-flash")
            .baseUrl(server.url("/").toString())
            .build();
    ChatProvider provider =
        ((Resolution.Ready)
                new Providers(
                        Providers.defaultClient(2),
                        Map.of("GOOGLE_API_KEY", "AIzaSyTest0123456789abcdefghijklmnop"),
                        Clock.systemUTC(),
                        w -> {})
                    .resolve(entry, null))
            .provider();
    return provider.complete(REQUEST);
  }

  @Test
  void should_read_function_call_parts_as_tool_calls_without_an_id() throws Exception {
    ChatResponse r = answer(resource("fixtures/gemini/reply-function-call.json"));
    assertThat(r.text()).isEmpty();
    assertThat(r.toolCalls())
        .containsExactly(
            new ToolCall("", "get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}"));
    // Gemini says STOP for a reply that calls a function: normalised to tool_calls
    assertThat(r.finishReason()).isEqualTo("STOP");
    assertThat(r.finish()).isEqualTo(FinishReason.TOOL_CALLS);
  }

  @Test
  void should_say_length_for_a_reply_cut_at_max_output_tokens() throws Exception {
    ChatResponse r = answer(resource("fixtures/gemini/reply-max-tokens.json"));
    assertThat(r.text()).isEqualTo("Paris is the capital");
    assertThat(r.finish()).isEqualTo(FinishReason.LENGTH);
  }

  @Test
  void should_say_stop_for_the_recorded_basic_reply() throws Exception {
    ChatResponse r = answer(resource("fixtures/gemini/unary-success-basic-reply-short.json"));
    assertThat(r.finish()).isEqualTo(FinishReason.STOP);
    assertThat(r.toolCalls()).isEmpty();
  }

  @Test
  void should_keep_a_reply_stopped_for_safety_that_sample_s_error() {
    ProviderException e =
        catchThrowableOfType(
            ProviderException.class,
            () -> answer(resource("fixtures/gemini/unary-failure-finish-reason-safety.json")));
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.getMessage()).contains("SAFETY");
  }

  @Test
  void should_leave_thought_parts_out_of_the_text_and_the_calls() throws Exception {
    ChatResponse r =
        answer(
            """
            {"candidates": [{"content": {"role": "model", "parts": [
               {"text": "thinking...", "thought": true},
               {"text": "Calling."},
               {"functionCall": {"name": "lookup"}}]}, "finishReason": "STOP"}],
             "usageMetadata": {"promptTokenCount": 3, "candidatesTokenCount": 2}}""");
    assertThat(r.text()).isEqualTo("Calling.");
    assertThat(r.toolCalls()).containsExactly(new ToolCall("", "lookup", "{}"));
  }
}
