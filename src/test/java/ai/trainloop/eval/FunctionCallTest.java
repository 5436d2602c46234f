package ai.trainloop.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A reply's tool call as metrics see it, and the sample that carries it. */
class FunctionCallTest {

  @Test
  void should_parse_arguments_into_plain_read_only_values() {
    FunctionCall call =
        FunctionCall.of(
            "call_1", "get_weather", "{\"city\": \"Paris\", \"days\": [1, 2], \"x\": null}");
    assertThat(call.argumentsValid()).isTrue();
    assertThat(call.argument("city")).isEqualTo("Paris");
    assertThat(call.arguments().get("days")).isEqualTo(List.of(1, 2));
    assertThat(call.arguments()).containsKey("x");
    assertThatThrownBy(() -> call.arguments().put("y", 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ((List<?>) call.argument("days")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_keep_invalid_arguments_as_written_and_say_so() {
    for (String bad : new String[] {"{\"city\": \"Par", "[1, 2]", "\"Paris\"", "{} {}"}) {
      FunctionCall call = FunctionCall.of("", "get_weather", bad);
      assertThat(call.argumentsValid()).as(bad).isFalse();
      assertThat(call.arguments()).as(bad).isEmpty();
      assertThat(call.argumentsJson()).isEqualTo(bad);
    }
  }

  @Test
  void should_read_no_arguments_as_an_empty_object() {
    FunctionCall call = FunctionCall.of(null, "now", "");
    assertThat(call.id()).isEmpty();
    assertThat(call.argumentsValid()).isTrue();
    assertThat(call.arguments()).isEmpty();
    assertThat(call.argumentsJson()).isEqualTo("{}");
  }

  @Test
  void should_keep_the_old_sample_constructor_working_with_no_calls_and_no_reason() {
    Sample s = new Sample("s1", "t", List.of(), "hi", "m", "rec");
    assertThat(s.toolCalls()).isEmpty();
    assertThat(s.finishReason()).isNull();
    assertThat(s.truncated()).isFalse();
    assertThat(s.toolCall("get_weather")).isNull();
  }

  @Test
  void should_give_metrics_the_reply_s_calls_and_finish_reason() {
    FunctionCall call = FunctionCall.of("call_1", "get_weather", "{\"city\": \"Paris\"}");
    Sample s =
        new Sample("s1", "t", List.of(), "", "m", "rec")
            .withReply("openai/gpt-4o", "", List.of(call), FinishReason.TOOL_CALLS);
    assertThat(s.toolCalls()).containsExactly(call);
    assertThat(s.toolCall("get_weather").argument("city")).isEqualTo("Paris");
    assertThat(s.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(s.withOutput("other", "text").toolCalls()).isEmpty();
    assertThat(
            new Sample("s1", "t", List.of(), "cut", "m", "", null, FinishReason.LENGTH).truncated())
        .isTrue();
  }
}
