package ai.trainloop.provider.openai;

import static ai.trainloop.provider.WireJson.cannot;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.ContentPart;
import ai.trainloop.chat.ToolCall;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.WireJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A message in OpenAI's chat format, as recorded: a string for text alone, else parts ({@code
 * text}, {@code image_url}, {@code input_audio}, {@code file}); an assistant's {@code tool_calls}
 * (its content left out when it has none); a {@code tool} message with its {@code tool_call_id}.
 */
final class OpenAiMessages {
  static final String VENDOR = "openai";

  private OpenAiMessages() {}

  static ObjectNode message(ChatMessage m) throws ProviderException {
    ObjectNode wire = WireJson.object().put("role", m.role());
    if (m.toolCallId() != null) {
      if (!m.textOnly() && m.parts().stream().anyMatch(p -> !(p instanceof ContentPart.Text))) {
        throw cannot(VENDOR, "image, audio or file parts in a tool result");
      }
      return wire.put("tool_call_id", m.toolCallId()).put("content", m.content());
    }
    if (m.parts().stream().allMatch(ContentPart.Text.class::isInstance)) {
      if (m.toolCalls().isEmpty() || !m.content().isEmpty()) {
        wire.put("content", m.content());
      }
    } else {
      ArrayNode parts = wire.putArray("content");
      for (ContentPart part : m.parts()) {
        parts.add(part(part));
      }
    }
    if (!m.toolCalls().isEmpty()) {
      ArrayNode calls = wire.putArray("tool_calls");
      for (ToolCall call : m.toolCalls()) {
        ObjectNode c = calls.addObject().put("id", call.id()).put("type", "function");
        c.putObject("function").put("name", call.name()).put("arguments", call.argumentsJson());
      }
    }
    return wire;
  }

  private static ObjectNode part(ContentPart part) throws ProviderException {
    if (part instanceof ContentPart.Text t) {
      return WireJson.object().put("type", "text").put("text", t.text());
    }
    if (part instanceof ContentPart.Image img) {
      ObjectNode wire = WireJson.object().put("type", "image_url");
      String url = img.url() != null ? img.url() : dataUrl(img.mediaType(), img.base64());
      ObjectNode image = wire.putObject("image_url").put("url", url);
      if (img.detail() != null) {
        image.put("detail", img.detail());
      }
      return wire;
    }
    if (part instanceof ContentPart.Audio a) {
      ObjectNode wire = WireJson.object().put("type", "input_audio");
      wire.putObject("input_audio").put("data", a.base64()).put("format", a.format());
      return wire;
    }
    ContentPart.File f = (ContentPart.File) part;
    if (f.base64() == null && f.fileId() == null) {
      throw cannot(VENDOR, "file parts by URL (" + f.url() + ")");
    }
    ObjectNode wire = WireJson.object().put("type", "file");
    ObjectNode file = wire.putObject("file");
    if (f.base64() != null) {
      file.put(
          "file_data", f.mediaType() == null ? f.base64() : dataUrl(f.mediaType(), f.base64()));
    }
    if (f.fileId() != null) {
      file.put("file_id", f.fileId());
    }
    if (f.filename() != null) {
      file.put("filename", f.filename());
    }
    return wire;
  }

  private static String dataUrl(String mediaType, String base64) {
    return "data:" + mediaType + ";base64," + base64;
  }
}
