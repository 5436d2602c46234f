package ai.trainloop.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule every vendor holds a conversation with tools to: a tool result answers a call made
 * earlier in the conversation. A recorded call that breaks it is refused before anything is sent,
 * since every API would reject it.
 */
public final class ToolHistory {
  private ToolHistory() {}

  /**
   * The function name of each call id made in {@code messages}, for vendors that answer a call by
   * name (Gemini).
   */
  public static Map<String, String> callNames(List<ChatMessage> messages) {
    Map<String, String> names = new HashMap<>();
    for (ChatMessage m : messages) {
      for (ToolCall call : m.toolCalls()) {
        names.put(call.id(), call.name());
      }
    }
    return names;
  }

  /**
   * Why {@code messages} break the rule, naming the first message that does ({@code input[3]}), or
   * null when they keep it.
   */
  public static String problem(List<ChatMessage> messages) {
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < messages.size(); i++) {
      ChatMessage m = messages.get(i);
      if (m.toolCallId() != null && !seen.containsKey(m.toolCallId())) {
        return "input["
            + i
            + "] is the result of tool call '"
            + m.toolCallId()
            + "', which no earlier assistant message makes";
      }
      for (ToolCall call : m.toolCalls()) {
        if (call.id().isEmpty()) {
          return "input[" + i + "] calls " + call.name() + " without a call id";
        }
        seen.put(call.id(), call.name());
      }
    }
    return null;
  }
}
