package ai.trainloop.provider.anthropic;

import static ai.trainloop.provider.WireJson.cannot;

import ai.trainloop.chat.ContentPart;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Turn;
import ai.trainloop.provider.WireJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * A turn as Anthropic's content: a plain string for a turn of one text, else blocks — {@code text},
 * {@code image} and {@code document} with a base64 or URL source, {@code tool_use}, and {@code
 * tool_result} (first in its user turn, as the API wants). Audio and vendor file ids cannot be
 * sent.
 */
final class AnthropicBlocks {
  static final String VENDOR = "anthropic";
  private static final Set<String> IMAGE_TYPES =
      Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

  private AnthropicBlocks() {}

  static ObjectNode message(Turn turn) throws ProviderException {
    ObjectNode m = WireJson.object().put("role", turn.role());
    String text = turn.onlyText();
    if (text != null) {
      return m.put("content", text);
    }
    List<Turn.Block> ordered = new ArrayList<>(turn.blocks());
    ordered.sort(
        (a, b) -> Boolean.compare(!(a instanceof Turn.Result), !(b instanceof Turn.Result)));
    ArrayNode content = m.putArray("content");
    for (Turn.Block block : ordered) {
      content.add(block(block));
    }
    return m;
  }

  private static ObjectNode block(Turn.Block block) throws ProviderException {
    if (block instanceof Turn.Part p) {
      return part(p.part(), "");
    }
    if (block instanceof Turn.Call c) {
      return WireJson.object()
          .put("type", "tool_use")
          .put("id", c.call().id())
          .put("name", c.call().name())
          .set("input", WireJson.arguments(c.call(), VENDOR));
    }
    Turn.Result r = (Turn.Result) block;
    ObjectNode result = WireJson.object().put("type", "tool_result").put("tool_use_id", r.callId());
    if (r.content().size() == 1 && r.content().get(0) instanceof ContentPart.Text t) {
      result.put("content", t.text());
    } else if (!r.content().isEmpty()) {
      ArrayNode parts = result.putArray("content");
      for (ContentPart part : r.content()) {
        parts.add(part(part, " in a tool result"));
      }
    }
    if (r.error()) {
      result.put("is_error", true);
    }
    return result;
  }

  private static ObjectNode part(ContentPart part, String where) throws ProviderException {
    if (part instanceof ContentPart.Text t) {
      return WireJson.object().put("type", "text").put("text", t.text());
    }
    if (part instanceof ContentPart.Image img) {
      if (img.url() != null) {
        return source("image", WireJson.object().put("type", "url").put("url", img.url()));
      }
      if (!IMAGE_TYPES.contains(img.mediaType())) {
        throw cannot(VENDOR, img.mediaType() + " images (jpeg, png, gif or webp only)");
      }
      return source("image", base64(img.mediaType(), img.base64()));
    }
    if (part instanceof ContentPart.Audio) {
      throw cannot(VENDOR, "input_audio parts" + where);
    }
    ContentPart.File f = (ContentPart.File) part;
    ObjectNode document;
    if (f.base64() != null && "application/pdf".equals(f.mediaType())) {
      document = source("document", base64(f.mediaType(), f.base64()));
    } else if (f.base64() != null && "text/plain".equals(f.mediaType())) {
      String data = new String(Base64.getMimeDecoder().decode(f.base64()), StandardCharsets.UTF_8);
      document =
          source(
              "document",
              WireJson.object()
                  .put("type", "text")
                  .put("media_type", "text/plain")
                  .put("data", data));
    } else if (f.base64() == null && f.url() != null) {
      document = source("document", WireJson.object().put("type", "url").put("url", f.url()));
    } else if (f.base64() == null) {
      throw cannot(VENDOR, "file parts by file_id (" + f.fileId() + ")");
    } else {
      throw cannot(VENDOR, "file parts of type " + f.mediaType() + " (PDF or plain text only)");
    }
    return f.filename() == null ? document : document.put("title", f.filename());
  }

  private static ObjectNode source(String type, ObjectNode source) {
    ObjectNode block = WireJson.object().put("type", type);
    block.set("source", source);
    return block;
  }

  private static ObjectNode base64(String mediaType, String data) {
    return WireJson.object().put("type", "base64").put("media_type", mediaType).put("data", data);
  }
}
