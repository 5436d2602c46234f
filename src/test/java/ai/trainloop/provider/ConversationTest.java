package ai.trainloop.provider;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.eval.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationTest {

  @Test
  void should_join_system_and_developer_messages_wherever_they_stand() {
    Conversation c = Conversation.of(List.of(new Message("system", "A"), new Message("user", "Hi"),
        new Message("developer", "B")));
    assertThat(c.system()).isEqualTo("A\n\nB");
    assertThat(c.turns()).containsExactly(new Message("user", "Hi"));
  }

  @Test
  void should_merge_consecutive_turns_of_one_role_and_map_other_roles_to_user() {
    Conversation c = Conversation.of(List.of(new Message("user", "1"), new Message("tool", "2"),
        new Message("assistant", "3"), new Message("model", "4"), new Message("user", "5")));
    assertThat(c.system()).isNull();
    assertThat(c.turns()).containsExactly(new Message("user", "1\n\n2"), new Message("assistant", "3\n\n4"),
        new Message("user", "5"));
  }

  @Test
  void should_turn_a_system_only_call_into_one_user_turn() {
    Conversation c = Conversation.of(List.of(new Message("system", "Write a haiku"))).withSystemAsTurnWhenEmpty();
    assertThat(c.system()).isNull();
    assertThat(c.turns()).containsExactly(new Message("user", "Write a haiku"));
    assertThat(c.firstRole()).isEqualTo("user");
  }

  @Test
  void should_keep_a_conversation_with_turns_unchanged() {
    Conversation c = Conversation.of(List.of(new Message("system", "S"), new Message("user", "U")));
    assertThat(c.withSystemAsTurnWhenEmpty()).isEqualTo(c);
  }
}
