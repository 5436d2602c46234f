package ai.trainloop.events;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.Dialect;
import ai.trainloop.chat.ToolCall;
import ai.trainloop.events.RecordedReplies.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the SDKs record as a reply: "None", an Anthropic content list, or plain text. */
class RecordedRepliesTest {

  @Test
  void should_read_none_as_a_reply_without_text() {
    assertThat(RecordedReplies.read("None", Dialect.OPENAI)).isEqualTo(new Reply("", List.of()));
    assertThat(RecordedReplies.read("None", Dialect.ANTHROPIC).text()).isEmpty();
  }

  @Test
  void should_read_the_text_blocks_of_an_anthropic_content_list() {
    Reply reply =
        RecordedReplies.read(
            "[{'citations': None, 'text': \"It's sunny\", 'type': 'text'},"
                + " {'type': 'text', 'text': ' in Paris.\\n'}]",
            Dialect.ANTHROPIC);
    assertThat(reply).isEqualTo(new Reply("It's sunny in Paris.\n", List.of()));
  }

  @Test
  void should_read_tool_use_blocks_as_tool_calls() {
    Reply reply =
        RecordedReplies.read(
            "[{'type': 'text', 'text': 'Let me check.'}, {'type': 'tool_use', 'id':"
                + " 'toolu_01A', 'name': 'get_weather', 'input': {'city': 'Paris', 'days': 2,"
                + " 'metric': True}}]",
            Dialect.ANTHROPIC);
    assertThat(reply.text()).isEqualTo("Let me check.");
    assertThat(reply.toolCalls())
        .containsExactly(
            new ToolCall(
                "toolu_01A", "get_weather", "{\"city\":\"Paris\",\"days\":2,\"metric\":true}"));
  }

  @Test
  void should_read_a_reply_that_only_calls_a_tool_as_no_text() {
    Reply reply =
        RecordedReplies.read(
            "[{'type': 'tool_use', 'id': 'toolu_1', 'name': 'lookup', 'input': {}}]",
            Dialect.ANTHROPIC);
    assertThat(reply).isEqualTo(new Reply("", List.of(new ToolCall("toolu_1", "lookup", "{}"))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[{'type': 'text', 'text': 'unterminated]",
        "[{'text': 'no type'}]",
        "['just', 'strings']",
        "[{'type': 'text', 'text': 42}]",
        "[{'type': 'tool_use', 'id': 'x', 'input': {}}]",
        "[{'type': 'tool_use', 'id': 'x', 'name': 'f', 'input': 'not a dict'}]",
        "[TextBlock(text='hi', type='text')]",
        "[1, 2, 3] trailing",
      })
  void should_keep_what_does_not_read_strictly_as_the_text_it_is(String recorded) {
    assertThat(RecordedReplies.read(recorded, Dialect.ANTHROPIC))
        .isEqualTo(new Reply(recorded, List.of()));
  }

  @Test
  void should_not_read_a_content_list_in_a_call_recorded_against_openai() {
    String text = "[{'type': 'text', 'text': 'a model may write this'}]";
    assertThat(RecordedReplies.read(text, Dialect.OPENAI)).isEqualTo(new Reply(text, List.of()));
  }

  @Test
  void should_keep_ordinary_text_as_it_is() {
    assertThat(RecordedReplies.read("Hello Ada!", Dialect.ANTHROPIC).text())
        .isEqualTo("Hello Ada!");
    assertThat(RecordedReplies.read("None of them.", Dialect.OPENAI).text())
        .isEqualTo("None of them.");
  }
}
