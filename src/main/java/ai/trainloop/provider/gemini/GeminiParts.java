package ai.trainloop.provider.gemini;

import static ai.trainloop.provider.WireJson.cannot;

import ai.trainloop.chat.ContentPart;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Turn;
import ai.trainloop.provider.WireJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * A turn as Gemini's {@code Content}: role {@code user} or {@code model}; text as {@code text},
 * inline data as {@code inlineData}, URLs as {@code fileData}, tool calls as {@code functionCall}
 * and tool results as {@code functionResponse}, both carrying the function's name.
 */
final class GeminiParts {
  static final String VENDOR = "google";

  private GeminiParts() {}

  static ObjectNode content(Turn turn) throws ProviderException {
    ObjectNode content =
        WireJson.object().put("role", "assistant".equals(turn.role()) ? "model" : "user");
    ArrayNode parts = content.putArray("parts");
    for (Turn.Block block : turn.blocks()) {
      parts.add(part(block));
    }
    return content;
  }

  private static ObjectNode part(Turn.Block block) throws ProviderException {
    if (block instanceof Turn.Part p) {
      return part(p.part());
    }
    if (block instanceof Turn.Call c) {
      ObjectNode call = WireJson.object().put("name", c.call().name());
      call.set("args", WireJson.arguments(c.call(), VENDOR));
      return wrap("functionCall", call);
    }
    Turn.Result r = (Turn.Result) block;
    if (r.content().stream().anyMatch(p -> !(p instanceof ContentPart.Text))) {
      throw cannot(VENDOR, "image, audio or file parts in a tool result");
    }
    ObjectNode output = WireJson.objectOrNull(r.text());
    ObjectNode response = WireJson.object();
    if (r.error()) {
      response.put("error", r.text());
    } else if (output != null) {
      response.set("output", output);
    } else {
      response.put("output", r.text());
    }
    ObjectNode fr = WireJson.object().put("name", r.name());
    fr.set("response", response);
    return wrap("functionResponse", fr);
  }

  private static ObjectNode part(ContentPart part) throws ProviderException {
    if (part instanceof ContentPart.Text t) {
      return WireJson.object().put("text", t.text());
    }
    if (part instanceof ContentPart.Image img) {
      return img.base64() != null
          ? inline(img.mediaType(), img.base64())
          : file(imageType(img.url()), img.url());
    }
    if (part instanceof ContentPart.Audio a) {
      return inline("audio/" + a.format().toLowerCase(Locale.ROOT), a.base64());
    }
    ContentPart.File f = (ContentPart.File) part;
    if (f.base64() != null) {
      if (f.mediaType() == null) {
        throw cannot(VENDOR, "a file part without a media type");
      }
      return inline(f.mediaType(), f.base64());
    }
    if (f.url() != null) {
      return file(f.mediaType() != null ? f.mediaType() : "application/pdf", f.url());
    }
    throw cannot(VENDOR, "file parts by file_id (" + f.fileId() + ")");
  }

  private static ObjectNode inline(String mimeType, String data) {
    return wrap("inlineData", WireJson.object().put("mimeType", mimeType).put("data", data));
  }

  private static ObjectNode file(String mimeType, String uri) {
    return wrap("fileData", WireJson.object().put("mimeType", mimeType).put("fileUri", uri));
  }

  private static ObjectNode wrap(String key, ObjectNode value) {
    ObjectNode part = WireJson.object();
    part.set(key, value);
    return part;
  }

  /** The media type an image URL's extension names; JPEG when it names none. */
  static String imageType(String url) {
    String path = url.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
    if (path.endsWith(".png")) {
      return "image/png";
    }
    if (path.endsWith(".webp")) {
      return "image/webp";
    }
    return path.endsWith(".gif") ? "image/gif" : "image/jpeg";
  }
}
