package ai.trainloop.provider.anthropic;

import ai.trainloop.chat.ToolCall;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.anthropic.AnthropicWire.ContentBlock;
import ai.trainloop.provider.anthropic.AnthropicWire.MessagesReply;
import ai.trainloop.provider.http.JsonHttp;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Messages reply body into a {@link ChatResponse}: the one place a reply is read, whether
 * it came whole or was put together from a stream. The text is the {@code text} blocks joined, the
 * tool calls the {@code tool_use} blocks (id, name, {@code input} as JSON text), and {@code
 * stop_reason} the finish reason.
 */
final class AnthropicReplies {
  private AnthropicReplies() {}

  /**
   * @throws ProviderException for a reply without {@code content}, or {@code stop_reason: refusal}:
   *     that sample's error
   */
  static ChatResponse parse(MessagesReply reply, JsonHttp http) throws ProviderException {
    if (reply.content() == null) {
      throw http.unusable("no content");
    }
    if ("refusal".equals(reply.stopReason())) {
      throw new ProviderException(Kind.SAMPLE_ERROR, 200, "refused: stop_reason refusal");
    }
    StringBuilder text = new StringBuilder();
    List<ToolCall> calls = new ArrayList<>();
    for (ContentBlock b : reply.content()) {
      if (b == null) {
        continue;
      }
      if ("text".equals(b.type()) && b.text() != null) {
        text.append(b.text());
      } else if ("tool_use".equals(b.type())) {
        String input = b.input() == null || b.input().isNull() ? "{}" : b.input().toString();
        calls.add(new ToolCall(b.id(), b.name() == null ? "" : b.name(), input));
      }
    }
    return new ChatResponse(
        text.toString(),
        AnthropicChatProvider.usage(reply.usage()),
        reply.stopReason(),
        null,
        calls);
  }
}
