package ai.trainloop.provider.openai;

import ai.trainloop.chat.ToolCall;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.http.JsonHttp;
import ai.trainloop.provider.openai.OpenAiWire.ChatCompletion;
import ai.trainloop.provider.openai.OpenAiWire.Choice;
import ai.trainloop.provider.openai.OpenAiWire.ChoiceMessage;
import ai.trainloop.provider.openai.OpenAiWire.WireFunction;
import ai.trainloop.provider.openai.OpenAiWire.WireToolCall;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Chat Completions reply body into a {@link ChatResponse}: the one place a reply is read,
 * whether it came whole or was put together from a stream. The text of {@code
 * choices[0].message.content} ("" when null), its {@code tool_calls} (and the legacy {@code
 * function_call}) with their arguments as written, and {@code finish_reason}.
 */
final class OpenAiReplies {
  private OpenAiReplies() {}

  /**
   * @throws ProviderException for a reply without {@code choices[0].message}, or a refusal (no
   *     content, {@code refusal} set, no tool call): that sample's error
   */
  static ChatResponse parse(ChatCompletion reply, JsonHttp http) throws ProviderException {
    if (reply.choices() == null
        || reply.choices().isEmpty()
        || reply.choices().get(0).message() == null) {
      throw http.unusable("no choices[0].message");
    }
    Choice choice = reply.choices().get(0);
    ChoiceMessage message = choice.message();
    List<ToolCall> calls = toolCalls(message);
    if (message.content() == null && message.refusal() != null && calls.isEmpty()) {
      throw new ProviderException(Kind.SAMPLE_ERROR, 200, "refused: " + message.refusal());
    }
    return new ChatResponse(
        message.content(),
        OpenAiChatProvider.usage(reply.usage()),
        choice.finishReason(),
        null,
        calls);
  }

  private static List<ToolCall> toolCalls(ChoiceMessage message) {
    List<ToolCall> calls = new ArrayList<>();
    if (message.toolCalls() != null) {
      for (WireToolCall call : message.toolCalls()) {
        if (call != null && call.function() != null) {
          calls.add(call(call.id(), call.function()));
        }
      }
    }
    if (calls.isEmpty() && message.functionCall() != null) {
      calls.add(call("", message.functionCall()));
    }
    return calls;
  }

  private static ToolCall call(String id, WireFunction f) {
    JsonNode args = f.arguments();
    String json;
    if (args == null || args.isNull()) {
      json = "{}";
    } else if (args.isTextual()) {
      json = args.asText(); // as the model wrote it, valid JSON or not
    } else {
      json = args.toString();
    }
    return new ToolCall(id, f.name() == null ? "" : f.name(), json);
  }
}
