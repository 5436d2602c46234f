package ai.trainloop.provider.openai;

import static ai.trainloop.provider.ProviderContract.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.ToolCall;
import ai.trainloop.eval.FinishReason;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ReplayHarness;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a Chat Completions reply says beyond its text: tool calls and why it ended. */
class OpenAiReplyTest {
  private static final ChatRequest REQUEST =
      new ChatRequest(
          "gpt-4o", List.of(new ChatMessage("user", "Weather in Paris?")), null, 50, null);

  private final ReplayHarness harness = new ReplayHarness();

  @AfterEach
  void stop() {
    harness.close();
  }

  private ChatResponse answer(String body) throws ProviderException {
    return harness.answered(harness.provider("openai", "gpt-4o"), REQUEST, body);
  }

  @Test
  void should_read_the_tool_calls_of_a_reply_that_only_calls_tools() throws Exception {
    // when
    ChatResponse r = answer(resource("fixtures/openai/reply-tool-call.json"));
    // then: content null is no text, never "null"; invalid arguments are kept as written
    assertThat(r.text()).isEmpty();
    assertThat(r.toolCalls())
        .containsExactly(
            new ToolCall(
                "call_abc123", "get_weather", "{\"city\": \"Paris\", \"unit\": \"celsius\"}"),
            new ToolCall("call_def456", "get_time", "{\"city\": \"Paris\""));
    assertThat(r.finishReason()).isEqualTo("tool_calls");
    assertThat(r.finish()).isEqualTo(FinishReason.TOOL_CALLS);
  }

  @Test
  void should_say_length_for_a_reply_cut_at_max_tokens() throws Exception {
    ChatResponse r = answer(resource("fixtures/openai/reply-length.json"));
    assertThat(r.text()).isEqualTo("Paris is the capital");
    assertThat(r.finish()).isEqualTo(FinishReason.LENGTH);
    assertThat(r.toolCalls()).isEmpty();
  }

  @Test
  void should_say_content_filter_for_a_filtered_reply() throws Exception {
    ChatResponse r = answer(resource("fixtures/openai/reply-content-filter.json"));
    assertThat(r.text()).isEmpty();
    assertThat(r.finish()).isEqualTo(FinishReason.CONTENT_FILTER);
    assertThat(r.finishReason()).isEqualTo("content_filter");
  }

  @Test
  void should_read_a_legacy_function_call_and_arguments_sent_as_an_object() throws Exception {
    ChatResponse r =
        answer(
            """
            {"choices": [{"message": {"content": null,
              "function_call": {"name": "lookup", "arguments": {"q": "x"}}},
              "finish_reason": "function_call"}]}""");
    assertThat(r.toolCalls()).containsExactly(new ToolCall("", "lookup", "{\"q\":\"x\"}"));
    assertThat(r.finish()).isEqualTo(FinishReason.TOOL_CALLS);
  }

  @Test
  void should_say_tool_calls_for_a_forced_call_that_says_stop() throws Exception {
    ChatResponse r =
        answer(
            """
            {"choices": [{"message": {"content": null, "tool_calls": [{"id": "call_1",
              "type": "function", "function": {"name": "get_weather", "arguments": ""}}]},
              "finish_reason": "stop"}]}""");
    assertThat(r.toolCalls()).containsExactly(new ToolCall("call_1", "get_weather", "{}"));
    assertThat(r.finish()).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(r.finishReason()).isEqualTo("stop");
  }

  @Test
  void should_fail_the_sample_for_a_malformed_tool_call_list_without_crashing() {
    ProviderException e =
        catchThrowableOfType(
            ProviderException.class,
            () ->
                answer(
                    """
                    {"choices": [{"message": {"content": null, "tool_calls": "not a list"},
                      "finish_reason": "tool_calls"}]}"""));
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(ProviderException.Kind.SAMPLE_ERROR);
  }
}
