package ai.trainloop.provider;

import ai.trainloop.chat.ContentPart;
import ai.trainloop.chat.ToolCall;
import java.util.List;
import java.util.Objects;

/**
 * One turn of a {@link Conversation}: a role ({@code user} or {@code assistant}) and its blocks in
 * order. A tool's result is a block of the user turn after the call, as Anthropic and Gemini want
 * it.
 */
public record Turn(String role, List<Turn.Block> blocks) {

  /** A piece of a turn. */
  public sealed interface Block permits Part, Call, Result {}

  /** Content: text (never blank here), an image, audio or a file. */
  public record Part(ContentPart part) implements Block {}

  /** An assistant's tool call. */
  public record Call(ToolCall call) implements Block {}

  /**
   * A tool's result.
   *
   * @param name the function's name, from the call with {@code callId}
   * @param content the result's parts, blank text left out (may be empty)
   * @param error whether the tool reported an error
   */
  public record Result(String callId, String name, List<ContentPart> content, boolean error)
      implements Block {
    public Result {
      content = List.copyOf(content);
    }

    /** The text parts of the result, joined with newlines. */
    public String text() {
      return Conversation.text(content);
    }
  }

  public Turn {
    Objects.requireNonNull(role, "role");
    blocks = List.copyOf(blocks);
  }

  /** A turn of one text block. */
  public static Turn text(String role, String text) {
    return new Turn(role, List.of(new Part(new ContentPart.Text(text))));
  }

  /** The text when the turn is exactly one text block, else null. */
  public String onlyText() {
    return blocks.size() == 1
            && blocks.get(0) instanceof Part p
            && p.part() instanceof ContentPart.Text t
        ? t.text()
        : null;
  }
}
