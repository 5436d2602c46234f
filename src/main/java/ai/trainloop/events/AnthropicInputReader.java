package ai.trainloop.events;

import static ai.trainloop.events.JsonReads.absent;
import static ai.trainloop.events.JsonReads.bad;
import static ai.trainloop.events.JsonReads.object;
import static ai.trainloop.events.JsonReads.optionalText;
import static ai.trainloop.events.JsonReads.text;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.ContentPart;
import ai.trainloop.chat.ToolCall;
import ai.trainloop.events.EventLineParser.MalformedLineException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One message of a call recorded in Anthropic's Messages format, as the model's messages: content
 * blocks {@code text}, {@code image} and {@code document} (base64 or URL source) become parts, an
 * assistant's {@code tool_use} blocks its tool calls, and a user turn's {@code tool_result} blocks
 * one {@code tool} message each, before the rest of that turn. Earlier thinking blocks are not
 * replayed (their signatures bind them to the original call).
 */
final class AnthropicInputReader {
  private AnthropicInputReader() {}

  /** The messages one recorded Anthropic message becomes (several for tool results). */
  static List<ChatMessage> messages(JsonNode m, String at, String role)
      throws MalformedLineException {
    if (!role.equals("user") && !role.equals("assistant")) {
      throw bad(at + ".role", "Anthropic's messages are user or assistant, not '" + role + "'");
    }
    JsonNode content = m.get("content");
    if (absent(content) || content.isTextual()) {
      return List.of(ChatMessage.of(role, OpenAiInputReader.parts(content, at + ".content")));
    }
    if (!content.isArray()) {
      throw new MalformedLineException(at + ".content is neither a string nor a list of parts");
    }
    List<ChatMessage> out = new ArrayList<>();
    List<ContentPart> parts = new ArrayList<>();
    List<ToolCall> calls = new ArrayList<>();
    for (int i = 0; i < content.size(); i++) {
      String where = at + ".content[" + i + "]";
      JsonNode block = object(content.get(i), where);
      String type = text(block.get("type"), where + ".type");
      switch (type) {
        case "tool_use" -> calls.add(toolUse(block, where, role));
        case "tool_result" -> out.add(toolResult(block, where, role));
        case "thinking", "redacted_thinking" -> {}
        default -> parts.add(part(block, type, where));
      }
    }
    if (!parts.isEmpty() || !calls.isEmpty() || out.isEmpty()) {
      out.add(new ChatMessage(role, parts, calls, null, false));
    }
    return out;
  }

  /** The top-level {@code system}: a string or a list of text blocks; null when absent. */
  static ChatMessage system(JsonNode system, String at) throws MalformedLineException {
    if (absent(system)) {
      return null;
    }
    if (system.isArray()) {
      for (int i = 0; i < system.size(); i++) {
        JsonNode block = object(system.get(i), at + "[" + i + "]");
        if (!"text".equals(block.path("type").asText())) {
          throw bad(at + "[" + i + "].type", "the system prompt holds text blocks only");
        }
      }
    }
    return ChatMessage.of("system", OpenAiInputReader.parts(system, at));
  }

  private static ContentPart part(JsonNode block, String type, String at)
      throws MalformedLineException {
    switch (type) {
      case "text":
        return new ContentPart.Text(text(block.get("text"), at + ".text"));
      case "image":
        {
          JsonNode source = object(block.get("source"), at + ".source");
          if ("url".equals(source.path("type").asText())) {
            return ContentPart.Image.ofUrl(text(source.get("url"), at + ".source.url"));
          }
          base64Source(source, at + ".source");
          return ContentPart.Image.ofBase64(
              text(source.get("media_type"), at + ".source.media_type"),
              text(source.get("data"), at + ".source.data"));
        }
      case "document":
        return document(block, at);
      default:
        throw bad(at + ".type", "'" + type + "' is not a content block that can be replayed");
    }
  }

  private static ContentPart document(JsonNode block, String at) throws MalformedLineException {
    JsonNode source = object(block.get("source"), at + ".source");
    String title = optionalText(block.get("title"), at + ".title");
    String type = text(source.get("type"), at + ".source.type");
    switch (type) {
      case "url":
        return new ContentPart.File(
            null, null, text(source.get("url"), at + ".source.url"), null, title);
      case "text":
        byte[] utf8 =
            text(source.get("data"), at + ".source.data").getBytes(StandardCharsets.UTF_8);
        return new ContentPart.File(
            Base64.getEncoder().encodeToString(utf8), "text/plain", null, null, title);
      default:
        base64Source(source, at + ".source");
        return new ContentPart.File(
            text(source.get("data"), at + ".source.data"),
            text(source.get("media_type"), at + ".source.media_type"),
            null,
            null,
            title);
    }
  }

  private static void base64Source(JsonNode source, String at) throws MalformedLineException {
    String type = text(source.get("type"), at + ".type");
    if (!type.equals("base64")) {
      throw bad(at + ".type", "a source of type '" + type + "' cannot be replayed (base64 or url)");
    }
  }

  private static ToolCall toolUse(JsonNode block, String at, String role)
      throws MalformedLineException {
    if (!role.equals("assistant")) {
      throw bad(at, "a tool_use block belongs in an assistant message");
    }
    JsonNode input = block.get("input");
    String args = absent(input) ? "{}" : object(input, at + ".input").toString();
    return new ToolCall(
        text(block.get("id"), at + ".id"), text(block.get("name"), at + ".name"), args);
  }

  private static ChatMessage toolResult(JsonNode block, String at, String role)
      throws MalformedLineException {
    if (!role.equals("user")) {
      throw bad(at, "a tool_result block belongs in a user message");
    }
    String id = text(block.get("tool_use_id"), at + ".tool_use_id");
    if (id.isBlank()) {
      throw bad(at + ".tool_use_id", "a tool result needs the id of the call it answers");
    }
    JsonNode content = block.get("content");
    List<ContentPart> parts = new ArrayList<>();
    if (content != null && content.isArray()) {
      for (int i = 0; i < content.size(); i++) {
        String where = at + ".content[" + i + "]";
        JsonNode b = object(content.get(i), where);
        parts.add(part(b, text(b.get("type"), where + ".type"), where));
      }
    } else {
      parts.addAll(OpenAiInputReader.parts(content, at + ".content"));
    }
    boolean error = block.path("is_error").asBoolean(false);
    return ChatMessage.toolResult(id, parts, error);
  }
}
