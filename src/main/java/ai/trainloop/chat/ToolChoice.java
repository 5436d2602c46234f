package ai.trainloop.chat;

import java.util.Locale;
import java.util.Objects;

/**
 * Whether and which tool the model must call: OpenAI's {@code tool_choice} ({@code auto}, {@code
 * none}, {@code required}, a named function) or Anthropic's ({@code auto}, {@code none}, {@code
 * any}, {@code tool}) in one form.
 *
 * @param name the function's name for {@link Mode#TOOL}; null otherwise
 */
public record ToolChoice(Mode mode, String name) {

  /** What the model may do. */
  public enum Mode {
    /** Call a tool or answer (the vendors' default when tools are given). */
    AUTO,
    /** Answer without calling a tool. */
    NONE,
    /** Call some tool (OpenAI's {@code required}, Anthropic's {@code any}). */
    REQUIRED,
    /** Call the named tool. */
    TOOL
  }

  public ToolChoice {
    Objects.requireNonNull(mode, "mode");
    if ((mode == Mode.TOOL) != (name != null)) {
      throw new IllegalArgumentException("a name goes with mode TOOL, and only with it");
    }
  }

  /**
   * As results.jsonl records it: {@code auto}, {@code none}, {@code required}, {@code tool:NAME}.
   */
  @Override
  public String toString() {
    return mode == Mode.TOOL ? "tool:" + name : mode.name().toLowerCase(Locale.ROOT);
  }
}
