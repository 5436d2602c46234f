package ai.trainloop.provider;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
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
    assertThat(c.turns()).containsExactly(new ChatMessage("user", "Hi"));
  }

  @Test
  void should_merge_consecutive_turns_of_one_role_and_map_other_roles_to_user() {
    Conversation c =
        Conversation.of(
            List.of(
                new ChatMessage("user", "1"),
                new ChatMessage("tool", "2"),
                new ChatMessage("assistant", "3"),
                new ChatMessage("model", "4"),
                new ChatMessage("user", "5")));
    assertThat(c.system()).isNull();
    assertThat(c.turns())
        .containsExactly(
            new ChatMessage("user", "1\n\n2"),
            new ChatMessage("assistant", "3\n\n4"),
            new ChatMessage("user", "5"));
  }

  @Test
  void should_turn_a_system_only_call_into_one_user_turn() {
    Conversation c =
        Conversation.of(List.of(new ChatMessage("system", "Write a haiku")))
            .withSystemAsTurnWhenEmpty();
    assertThat(c.system()).isNull();
    assertThat(c.turns()).containsExactly(new ChatMessage("user", "Write a haiku"));
    assertThat(c.firstRole()).isEqualTo("user");
  }

  @Test
  void should_keep_a_conversation_with_turns_unchanged() {
    Conversation c =
        Conversation.of(List.of(new ChatMessage("system", "S"), new ChatMessage("user", "U")));
    assertThat(c.withSystemAsTurnWhenEmpty()).isEqualTo(c);
  }
}
