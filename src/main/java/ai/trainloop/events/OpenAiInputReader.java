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
import java.util.ArrayList;
import java.util.List;

/**
 * One message of a call recorded in OpenAI's chat format: {@code content} as a string, null or
 * parts ({@code text}, {@code image_url}, {@code input_audio}, {@code file}, an assistant's {@code
 * refusal}), an assistant's {@code tool_calls}, a {@code tool} message's {@code tool_call_id}.
 */
final class OpenAiInputReader {
  private OpenAiInputReader() {}

  static ChatMessage message(JsonNode m, String at, String role) throws MalformedLineException {
    if (role.equals("function")) {
      throw bad(at + ".role", "legacy 'function' messages cannot be replayed (record with tools)");
    }
    List<ContentPart> parts = parts(m.get("content"), at + ".content");
    if (role.equals(ChatMessage.TOOL)) {
      JsonNode id = m.get("tool_call_id");
      if (absent(id) || !id.isTextual() || id.asText().isBlank()) {
        throw bad(at + ".tool_call_id", "a tool message needs the id of the call it answers");
      }
      return ChatMessage.toolResult(id.asText(), parts, false);
    }
    JsonNode calls = m.get("tool_calls");
    if (absent(calls)) {
      return ChatMessage.of(role, parts);
    }
    if (!calls.isArray()) {
      throw bad(at + ".tool_calls", JsonReads.expected("a list", calls));
    }
    List<ToolCall> toolCalls = new ArrayList<>();
    for (int i = 0; i < calls.size(); i++) {
      toolCalls.add(toolCall(calls.get(i), at + ".tool_calls[" + i + "]"));
    }
    return new ChatMessage(role, parts, toolCalls, null, false);
  }

  private static ToolCall toolCall(JsonNode call, String at) throws MalformedLineException {
    object(call, at);
    String type = optionalText(call.get("type"), at + ".type");
    if (type != null && !type.equals("function")) {
      throw bad(at + ".type", "only function tool calls can be replayed, not '" + type + "'");
    }
    String id = text(call.get("id"), at + ".id");
    JsonNode function = object(call.get("function"), at + ".function");
    String name = text(function.get("name"), at + ".function.name");
    JsonNode args = function.get("arguments");
    String json = absent(args) ? "{}" : args.isTextual() ? args.asText() : args.toString();
    return new ToolCall(id, name, json);
  }

  /** Content: a string, null (none) or a list of parts; anything else is a problem. */
  static List<ContentPart> parts(JsonNode content, String at) throws MalformedLineException {
    if (absent(content)) {
      return List.of();
    }
    if (content.isTextual()) {
      return content.asText().isEmpty()
          ? List.of()
          : List.of(new ContentPart.Text(content.asText()));
    }
    if (!content.isArray()) {
      throw new MalformedLineException(at + " is neither a string nor a list of parts");
    }
    List<ContentPart> parts = new ArrayList<>(content.size());
    for (int i = 0; i < content.size(); i++) {
      parts.add(part(content.get(i), at + "[" + i + "]"));
    }
    return parts;
  }

  private static ContentPart part(JsonNode part, String at) throws MalformedLineException {
    object(part, at);
    String type = text(part.get("type"), at + ".type");
    switch (type) {
      case "text":
        return new ContentPart.Text(text(part.get("text"), at + ".text"));
      case "refusal":
        return new ContentPart.Text(text(part.get("refusal"), at + ".refusal"));
      case "image_url":
        return image(part.get("image_url"), at + ".image_url");
      case "input_audio":
        JsonNode audio = object(part.get("input_audio"), at + ".input_audio");
        return new ContentPart.Audio(
            text(audio.get("data"), at + ".input_audio.data"),
            text(audio.get("format"), at + ".input_audio.format"));
      case "file":
        return file(object(part.get("file"), at + ".file"), at + ".file");
      default:
        throw bad(at + ".type", "'" + type + "' is not a content part of OpenAI's chat format");
    }
  }

  private static ContentPart image(JsonNode image, String at) throws MalformedLineException {
    String url =
        image != null && image.isTextual()
            ? image.asText()
            : text(object(image, at).get("url"), at + ".url");
    String detail = image.isObject() ? optionalText(image.get("detail"), at + ".detail") : null;
    if (!DataUrls.isDataUrl(url)) {
      return new ContentPart.Image(url, null, null, detail);
    }
    DataUrls.Inline inline = DataUrls.parse(url, at + ".url");
    return new ContentPart.Image(null, inline.base64(), inline.mediaType(), detail);
  }

  private static ContentPart file(JsonNode file, String at) throws MalformedLineException {
    String data = optionalText(file.get("file_data"), at + ".file_data");
    String fileId = optionalText(file.get("file_id"), at + ".file_id");
    String filename = optionalText(file.get("filename"), at + ".filename");
    if (data == null && fileId == null) {
      throw bad(at, "a file part needs file_data or file_id");
    }
    if (data != null && DataUrls.isDataUrl(data)) {
      DataUrls.Inline inline = DataUrls.parse(data, at + ".file_data");
      return new ContentPart.File(inline.base64(), inline.mediaType(), null, fileId, filename);
    }
    return new ContentPart.File(data, DataUrls.mediaTypeOf(filename), null, fileId, filename);
  }
}
