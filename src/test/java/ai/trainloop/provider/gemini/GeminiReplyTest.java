package ai.trainloop.provider.gemini;

import static ai.trainloop.provider.ProviderContract.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.ToolCall;
import ai.trainloop.eval.FinishReason;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.ReplayHarness;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
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

  private final ReplayHarness harness = new ReplayHarness();

  @AfterEach
  void stop() {
    harness.close();
  }

  private ChatResponse answer(String body) throws ProviderException {
    return harness.answered(harness.provider("google", "gemini-2.0-flash"), REQUEST, body);
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
