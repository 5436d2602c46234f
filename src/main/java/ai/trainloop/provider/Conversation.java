package ai.trainloop.provider;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.ContentPart;
import ai.trainloop.chat.ToolCall;
import ai.trainloop.chat.ToolHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Recorded messages reshaped for APIs that keep the system prompt apart and want strictly
 * alternating turns (Anthropic, Gemini): {@code system} and {@code developer} messages are joined
 * with blank lines into {@link #system()}; tool results become blocks of a user turn, named after
 * their call; the rest become {@code user} / {@code assistant} turns. Blank text is left out, a
 * turn left with nothing is dropped (neither API takes an empty one), and consecutive turns of one
 * role are merged, adjacent texts joined with a blank line.
 *
 * @param system the joined system prompt, or null when there is none
 * @param turns alternating turns, roles only {@code user} and {@code assistant}
 */
public record Conversation(String system, List<Turn> turns) {

  public static final String USER = "user";
  public static final String ASSISTANT = "assistant";
  private static final String SEPARATOR = "\n\n";

  public Conversation {
    turns = List.copyOf(turns);
  }

  /**
   * Splits and merges recorded messages. Roles other than system/developer/assistant/model/tool
   * count as user turns.
   */
  public static Conversation of(List<ChatMessage> messages) {
    Map<String, String> names = ToolHistory.callNames(messages);
    List<String> system = new ArrayList<>();
    List<Turn> turns = new ArrayList<>();
    for (ChatMessage m : messages) {
      String role = m.role().toLowerCase(Locale.ROOT);
      if (role.equals("system") || role.equals("developer")) {
        if (!m.content().isBlank()) {
          system.add(m.content());
        }
        continue;
      }
      List<Turn.Block> blocks = new ArrayList<>();
      if (m.toolCallId() != null) {
        blocks.add(
            new Turn.Result(
                m.toolCallId(), names.get(m.toolCallId()), nonBlank(m.parts()), m.toolError()));
      } else {
        nonBlank(m.parts()).forEach(p -> blocks.add(new Turn.Part(p)));
        for (ToolCall call : m.toolCalls()) {
          blocks.add(new Turn.Call(call));
        }
      }
      if (!blocks.isEmpty()) {
        add(turns, role.equals(ASSISTANT) || role.equals("model") ? ASSISTANT : USER, blocks);
      }
    }
    return new Conversation(system.isEmpty() ? null : String.join(SEPARATOR, system), turns);
  }

  private static void add(List<Turn> turns, String role, List<Turn.Block> blocks) {
    int last = turns.size() - 1;
    if (last < 0 || !turns.get(last).role().equals(role)) {
      turns.add(new Turn(role, blocks));
      return;
    }
    List<Turn.Block> merged = new ArrayList<>(turns.get(last).blocks());
    Turn.Block tail = merged.get(merged.size() - 1);
    if (text(tail) != null && text(blocks.get(0)) != null) {
      merged.set(
          merged.size() - 1,
          new Turn.Part(new ContentPart.Text(text(tail) + SEPARATOR + text(blocks.get(0)))));
      merged.addAll(blocks.subList(1, blocks.size()));
    } else {
      merged.addAll(blocks);
    }
    turns.set(last, new Turn(role, merged));
  }

  private static String text(Turn.Block block) {
    return block instanceof Turn.Part p && p.part() instanceof ContentPart.Text t ? t.text() : null;
  }

  private static List<ContentPart> nonBlank(List<ContentPart> parts) {
    return parts.stream()
        .filter(p -> !(p instanceof ContentPart.Text t) || !t.text().isBlank())
        .toList();
  }

  /** The text parts of {@code parts}, joined with newlines. */
  static String text(List<ContentPart> parts) {
    return parts.stream()
        .filter(ContentPart.Text.class::isInstance)
        .map(p -> ((ContentPart.Text) p).text())
        .collect(Collectors.joining("\n"));
  }

  /**
   * A call recorded with only a system prompt has no turn to send; these APIs need one, so the
   * system prompt becomes the single user turn. Any other conversation is returned unchanged.
   */
  public Conversation withSystemAsTurnWhenEmpty() {
    if (!turns.isEmpty() || system == null) {
      return this;
    }
    return new Conversation(null, List.of(Turn.text(USER, system)));
  }

  /** The role of the first turn, or null when there are no turns. */
  public String firstRole() {
    return turns.isEmpty() ? null : turns.get(0).role();
  }
}
