package ai.trainloop.provider.anthropic;

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

/** What a Messages reply says beyond its text: tool_use blocks and its stop reason. */
class AnthropicReplyTest {
  private static final ChatRequest REQUEST =
      new ChatRequest(
          "claude-sonnet-4-5",
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
    return harness.answered(harness.provider("anthropic", "claude-sonnet-4-5"), REQUEST, body);
  }

  @Test
  void should_read_tool_use_blocks_as_tool_calls_with_their_ids() throws Exception {
    ChatResponse r = answer(resource("fixtures/anthropic/reply-tool-use.json"));
    assertThat(r.text()).isEqualTo("I'll check the weather in Paris.");
    assertThat(r.toolCalls())
        .containsExactly(
            new ToolCall(
                "toolu_01A09q90qw90lq917835lq9",
                "get_weather",
                "{\"city\":\"Paris\",\"unit\":\"celsius\",\"days\":[1,2]}"));
    assertThat(r.finishReason()).isEqualTo("tool_use");
    assertThat(r.finish()).isEqualTo(FinishReason.TOOL_CALLS);
  }

  @Test
  void should_say_length_for_a_reply_cut_at_max_tokens() throws Exception {
    ChatResponse r = answer(resource("fixtures/anthropic/reply-max-tokens.json"));
    assertThat(r.text()).isEqualTo("Paris is the capital");
    assertThat(r.finishReason()).isEqualTo("max_tokens");
    assertThat(r.finish()).isEqualTo(FinishReason.LENGTH);
  }

  @Test
  void should_keep_a_refusal_that_sample_s_error() {
    ProviderException e =
        catchThrowableOfType(
            ProviderException.class,
            () -> answer(resource("fixtures/anthropic/reply-refusal.json")));
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.getMessage()).contains("refusal");
  }

  @Test
  void should_read_a_tool_use_block_without_input_as_no_arguments() throws Exception {
    ChatResponse r =
        answer(
            """
            {"content": [{"type": "tool_use", "id": "toolu_2", "name": "now"}],
             "stop_reason": "tool_use", "usage": {"input_tokens": 3, "output_tokens": 1}}""");
    assertThat(r.text()).isEmpty();
    assertThat(r.toolCalls()).containsExactly(new ToolCall("toolu_2", "now", "{}"));
  }
}
