package ai.trainloop.chat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One message of a recorded request, as samples, provider calls and stored runs share it: a role
 * ({@code system}, {@code user}, {@code assistant}, {@code tool}, ...), its content as typed parts,
 * an assistant's tool calls and, on a {@code tool} message, the id of the call it answers. Metrics
 * see it as the public API's {@code ai.trainloop.eval.Message}, whose content is {@link
 * #content()}, the text.
 *
 * @param parts the content, in order (empty when the message has none, e.g. an assistant turn that
 *     only calls tools)
 * @param toolCalls the tool calls of an assistant message; empty otherwise
 * @param toolCallId on a {@code tool} message, the id of the call it answers; null on others
 * @param toolError on a {@code tool} message, whether the tool reported an error (Anthropic's
 *     {@code is_error})
 */
public record ChatMessage(
    String role,
    List<ContentPart> parts,
    List<ToolCall> toolCalls,
    String toolCallId,
    boolean toolError) {

  /** The role of a message that carries a tool's result. */
  public static final String TOOL = "tool";

  public ChatMessage {
    Objects.requireNonNull(role, "role");
    parts = parts == null ? List.of() : List.copyOf(parts);
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    if (TOOL.equals(role) && (toolCallId == null || toolCallId.isBlank())) {
      throw new IllegalArgumentException("a tool message needs the id of the call it answers");
    }
    if (!TOOL.equals(role) && toolCallId != null) {
      throw new IllegalArgumentException("only a tool message answers a tool call");
    }
  }

  /** A text message: one text part, none when {@code content} is null or empty. */
  public ChatMessage(String role, String content) {
    this(
        role,
        content == null || content.isEmpty() ? List.of() : List.of(new ContentPart.Text(content)),
        List.of(),
        null,
        false);
  }

  /** A message of parts, without tool calls. */
  public static ChatMessage of(String role, List<ContentPart> parts) {
    return new ChatMessage(role, parts, List.of(), null, false);
  }

  /** An assistant turn with its text parts (may be empty) and its tool calls. */
  public static ChatMessage assistant(List<ContentPart> parts, List<ToolCall> toolCalls) {
    return new ChatMessage("assistant", parts, toolCalls, null, false);
  }

  /** A tool's result for the call {@code toolCallId}. */
  public static ChatMessage toolResult(
      String toolCallId, List<ContentPart> parts, boolean toolError) {
    return new ChatMessage(TOOL, parts, List.of(), toolCallId, toolError);
  }

  /** The text of the text parts, joined with newlines; "" when there is none. */
  public String content() {
    if (parts.size() == 1 && parts.get(0) instanceof ContentPart.Text t) {
      return t.text();
    }
    return parts.stream()
        .filter(ContentPart.Text.class::isInstance)
        .map(p -> ((ContentPart.Text) p).text())
        .collect(Collectors.joining("\n"));
  }

  /** Whether every part is text and there are no tool calls and no tool result: plain text. */
  public boolean textOnly() {
    return toolCalls.isEmpty()
        && toolCallId == null
        && parts.stream().allMatch(ContentPart.Text.class::isInstance);
  }
}
