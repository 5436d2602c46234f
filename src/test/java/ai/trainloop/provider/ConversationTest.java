package ai.trainloop.provider;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.ContentPart;
import ai.trainloop.chat.ToolCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationTest {

  @Test
  void should_join_system_and_developer_messages_wherever_they_stand() {
    Conversation c =
        Conversation.of(
            List.of(
                new ChatMessage("system", "A"),
                new ChatMessage("user", "Hi"),
                new ChatMessage("developer", "B")));
    assertThat(c.system()).isEqualTo("A\n\nB");
    assertThat(c.turns()).containsExactly(Turn.text("user", "Hi"));
  }

  @Test
  void should_merge_consecutive_turns_of_one_role_and_map_other_roles_to_user() {
    Conversation c =
        Conversation.of(
            List.of(
                new ChatMessage("user", "1"),
                new ChatMessage("critic", "2"),
                new ChatMessage("assistant", "3"),
                new ChatMessage("model", "4"),
                new ChatMessage("user", "5")));
    assertThat(c.system()).isNull();
    assertThat(c.turns())
        .containsExactly(
            Turn.text("user", "1\n\n2"), Turn.text("assistant", "3\n\n4"), Turn.text("user", "5"));
  }

  @Test
  void should_turn_a_system_only_call_into_one_user_turn() {
    Conversation c =
        Conversation.of(List.of(new ChatMessage("system", "Write a haiku")))
            .withSystemAsTurnWhenEmpty();
    assertThat(c.system()).isNull();
    assertThat(c.turns()).containsExactly(Turn.text("user", "Write a haiku"));
    assertThat(c.firstRole()).isEqualTo("user");
  }

  @Test
  void should_keep_a_conversation_with_turns_unchanged() {
    Conversation c =
        Conversation.of(List.of(new ChatMessage("system", "S"), new ChatMessage("user", "U")));
    assertThat(c.withSystemAsTurnWhenEmpty()).isEqualTo(c);
  }

  @Test
  void should_name_each_tool_result_after_its_call_and_merge_consecutive_results_into_one_turn() {
    ToolCall paris = new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}");
    ToolCall rome = new ToolCall("call_2", "get_time", "{\"city\":\"Rome\"}");
    Conversation c =
        Conversation.of(
            List.of(
                new ChatMessage("user", "Weather in Paris, time in Rome?"),
                ChatMessage.assistant(List.of(), List.of(paris, rome)),
                ChatMessage.toolResult("call_1", List.of(new ContentPart.Text("18 C")), false),
                ChatMessage.toolResult("call_2", List.of(), true),
                new ChatMessage("user", "Thanks")));

    assertThat(c.turns())
        .containsExactly(
            Turn.text("user", "Weather in Paris, time in Rome?"),
            new Turn("assistant", List.of(new Turn.Call(paris), new Turn.Call(rome))),
            new Turn(
                "user",
                List.of(
                    new Turn.Result(
                        "call_1", "get_weather", List.of(new ContentPart.Text("18 C")), false),
                    new Turn.Result("call_2", "get_time", List.of(), true),
                    new Turn.Part(new ContentPart.Text("Thanks")))));
  }

  @Test
  void should_leave_out_blank_text_and_the_turns_it_empties() {
    Conversation c =
        Conversation.of(
            List.of(
                new ChatMessage("user", "Hi"),
                new ChatMessage("assistant", "  "),
                new ChatMessage("user", ""),
                ChatMessage.of(
                    "user",
                    List.of(
                        new ContentPart.Text(" "), ContentPart.Image.ofUrl("https://x/y.png")))));

    assertThat(c.turns())
        .containsExactly(
            new Turn(
                "user",
                List.of(
                    new Turn.Part(new ContentPart.Text("Hi")),
                    new Turn.Part(ContentPart.Image.ofUrl("https://x/y.png")))));
  }
}
