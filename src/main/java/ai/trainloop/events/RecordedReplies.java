package ai.trainloop.events;

import ai.trainloop.chat.Dialect;
import ai.trainloop.chat.ToolCall;
import ai.trainloop.events.PythonLiterals.NotALiteral;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text and tool calls of a recorded reply, as the TrainLoop SDKs write it: the text {@code
 * None} is a reply that only called tools (no text), and a call made to Anthropic's API records
 * {@code str()} of its content list, {@code [{'type': 'text', 'text': '…'}, {'type': 'tool_use',
 * …}]}: its text is the text blocks joined, its tool calls the tool_use blocks. A content list that
 * does not read strictly ({@link PythonLiterals}), or is not a list of typed blocks, is kept as the
 * text it is: never guessed at.
 */
final class RecordedReplies {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** The SDKs' {@code str(None)}: a reply without text. */
  static final String NONE = "None";

  private RecordedReplies() {}

  /** A recorded reply's text and the tool calls it made. */
  record Reply(String text, List<ToolCall> toolCalls) {
    Reply {
      text = text == null ? "" : text;
      toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }
  }

  /** Reads {@code output} (the recorded {@code output.content}) of a call in {@code dialect}. */
  static Reply read(String output, Dialect dialect) {
    if (output == null || NONE.equals(output.strip())) {
      return new Reply("", List.of());
    }
    if (dialect == Dialect.ANTHROPIC && output.strip().startsWith("[")) {
      Reply blocks = contentList(output);
      if (blocks != null) {
        return blocks;
      }
    }
    return new Reply(output, List.of());
  }

  /** The reply a content list holds, or null when {@code output} is not one. */
  private static Reply contentList(String output) {
    Object value;
    try {
      value = PythonLiterals.parse(output);
    } catch (NotALiteral e) {
      return null;
    }
    if (!(value instanceof List<?> blocks)) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    List<ToolCall> calls = new ArrayList<>();
    for (Object item : blocks) {
      if (!(item instanceof Map<?, ?> block) || !(block.get("type") instanceof String type)) {
        return null; // not Anthropic's content blocks
      }
      if ("text".equals(type)) {
        if (!(block.get("text") instanceof String t)) {
          return null;
        }
        text.append(t);
      } else if ("tool_use".equals(type)) {
        ToolCall call = toolUse(block);
        if (call == null) {
          return null;
        }
        calls.add(call);
      }
      // other blocks (thinking, server tools' results) are not the answer
    }
    return new Reply(text.toString(), calls);
  }

  private static ToolCall toolUse(Map<?, ?> block) {
    if (!(block.get("name") instanceof String name)) {
      return null;
    }
    Object id = block.get("id");
    Object input = block.get("input");
    if (input != null && !(input instanceof Map<?, ?>)) {
      return null;
    }
    try {
      return new ToolCall(
          id instanceof String s ? s : "",
          name,
          input == null ? "{}" : JSON.writeValueAsString(input));
    } catch (JsonProcessingException e) {
      return null; // plain maps, lists and scalars always write; kept total all the same
    }
  }
}
