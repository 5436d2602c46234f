package ai.trainloop.provider;

import java.util.List;
import java.util.Locale;

/**
 * What {@link Providers#resolve} made of one provider entry: a provider ready to call, the key
 * variable that must be set first (the model is skipped with {@link MissingKey#message()}; that
 * alone is not a failure), or a key that cannot be sent (skipped with {@link BadKey#message()}).
 */
public sealed interface Resolution {

  /** A provider ready for calls. */
  record Ready(ChatProvider provider) implements Resolution {}

  /**
   * No key was found.
   *
   * @param variables the variables any one of which would enable the model, in the order they are
   *     read
   * @param modelId the entry's id as tables show it ({@code openai/gpt-4o} or its label)
   */
  record MissingKey(List<String> variables, String modelId) implements Resolution {
    public MissingKey {
      variables = List.copyOf(variables);
    }

    /** The first variable, the one to suggest. */
    public String variable() {
      return variables.get(0);
    }

    /** {@code set OPENAI_API_KEY to benchmark openai/gpt-4o}. */
    public String message() {
      return "set " + String.join(" or ", variables) + " to benchmark " + modelId;
    }
  }

  /**
   * The key has a character no HTTP header can carry (a pasted non-breaking space, an accented
   * letter). The message names the variable and the character's position, never the key.
   *
   * @param variable the variable the key was read from
   * @param position the 1-based position of the first bad character in the key, surrounding
   *     whitespace trimmed
   * @param codePoint that character
   * @param modelId the entry's id as tables show it
   */
  record BadKey(String variable, int position, int codePoint, String modelId)
      implements Resolution {
    /**
     * {@code ANTHROPIC_API_KEY has a character that cannot be sent at position 13 (U+00E9); ...}.
     */
    public String message() {
      return String.format(
          Locale.ROOT,
          "%s has a character that cannot be sent at position %d (U+%04X): keys are "
              + "printable ASCII; fix it to benchmark %s",
          variable,
          position,
          codePoint,
          modelId);
    }
  }
}
