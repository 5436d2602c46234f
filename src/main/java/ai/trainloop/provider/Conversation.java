package ai.trainloop.provider;

import ai.trainloop.chat.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recorded messages reshaped for APIs that keep the system prompt apart and want strictly
 * alternating turns (Anthropic, Gemini): {@code system} and {@code developer} messages are joined
 * with blank lines into {@link #system()}; the rest become {@code user} / {@code assistant} turns,
 * consecutive turns of one role merged with a blank line between them.
 *
 * @param system the joined system prompt, or null when there is none
 * @param turns alternating turns, roles only {@code user} and {@code assistant}
 */
public record Conversation(String system, List<ChatMessage> turns) {

  public static final String USER = "user";
  public static final String ASSISTANT = "assistant";
  private static final String SEPARATOR = "\n\n";

  public Conversation {
    turns = List.copyOf(turns);
  }

  /**
   * Splits and merges recorded messages. Roles other than system/developer/assistant/model count as
   * user turns.
   */
  public static Conversation of(List<ChatMessage> messages) {
    List<String> system = new ArrayList<>();
    List<ChatMessage> turns = new ArrayList<>();
    for (ChatMessage m : messages) {
      String role = m.role().toLowerCase(Locale.ROOT);
      if (role.equals("system") || role.equals("developer")) {
        system.add(m.content());
        continue;
      }
      String turnRole = role.equals(ASSISTANT) || role.equals("model") ? ASSISTANT : USER;
      int last = turns.size() - 1;
      if (last >= 0 && turns.get(last).role().equals(turnRole)) {
        turns.set(
            last, new ChatMessage(turnRole, turns.get(last).content() + SEPARATOR + m.content()));
      } else {
        turns.add(new ChatMessage(turnRole, m.content()));
      }
    }
    return new Conversation(system.isEmpty() ? null : String.join(SEPARATOR, system), turns);
  }

  /**
   * A call recorded with only a system prompt has no turn to send; these APIs need one, so the
   * system prompt becomes the single user turn. Any other conversation is returned unchanged.
   */
  public Conversation withSystemAsTurnWhenEmpty() {
    if (!turns.isEmpty() || system == null) {
      return this;
    }
    return new Conversation(null, List.of(new ChatMessage(USER, system)));
  }

  /** The role of the first turn, or null when there are no turns. */
  public String firstRole() {
    return turns.isEmpty() ? null : turns.get(0).role();
  }
}
