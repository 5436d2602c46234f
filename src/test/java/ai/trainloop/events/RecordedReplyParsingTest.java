package ai.trainloop.events;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ToolCall;
import org.junit.jupiter.api.Test;

/** The recorded reply of an event line: its text, its tool calls and its finish reason. */
class RecordedReplyParsingTest {
  private final EventLineParser parser = new EventLineParser();

  private static String line(String url, String output) {
    return "{\"url\": \""
        + url
        + "\", \"model\": \"m\", \"input\": [{\"role\": \"user\", \"content\": \"Weather in"
        + " Paris?\"}], \"output\": "
        + output
        + "}";
  }

  @Test
  void should_read_the_python_form_of_an_anthropic_reply_as_its_words_and_tool_calls()
      throws Exception {
    RecordedCall call =
        parser.parse(
            line(
                "https://api.anthropic.com/v1/messages",
                "{\"content\": \"[{'type': 'text', 'text': 'Checking.'}, {'type': 'tool_use',"
                    + " 'id': 'toolu_9', 'name': 'get_weather', 'input': {'city': 'Paris'}}]\"}"),
            "events.jsonl:1");
    assertThat(call.output()).isEqualTo("Checking.");
    assertThat(call.outputToolCalls())
        .containsExactly(new ToolCall("toolu_9", "get_weather", "{\"city\":\"Paris\"}"));
    assertThat(call.outputFinishReason()).isNull();
  }

  @Test
  void should_read_none_as_no_text_for_a_call_that_only_called_a_tool() throws Exception {
    RecordedCall call =
        parser.parse(
            line("https://api.openai.com/v1/chat/completions", "{\"content\": \"None\"}"),
            "events.jsonl:1");
    assertThat(call.output()).isEmpty();
    assertThat(call.outputToolCalls()).isEmpty();
  }

  @Test
  void should_keep_a_content_list_that_does_not_parse_as_the_recorded_text() throws Exception {
    String broken = "[{'type': 'text', 'text': 'cut off";
    RecordedCall call =
        parser.parse(
            line("https://api.anthropic.com/v1/messages", "{\"content\": \"" + broken + "\"}"),
            "events.jsonl:1");
    assertThat(call.output()).isEqualTo(broken);
  }

  @Test
  void should_keep_a_recorded_finish_reason_when_the_event_has_one() throws Exception {
    RecordedCall call =
        parser.parse(
            line(
                "https://api.openai.com/v1/chat/completions",
                "{\"content\": \"Paris is\", \"finish_reason\": \"length\"}"),
            "events.jsonl:1");
    assertThat(call.outputFinishReason()).isEqualTo("length");
  }
}
