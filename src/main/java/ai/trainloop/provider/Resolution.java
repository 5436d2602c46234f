package ai.trainloop.provider;

import java.util.List;

/**
 * What {@link Providers#resolve} made of one provider entry: a provider ready to call, or the key variable that
 * must be set first (the model is skipped with {@link MissingKey#message()}; that alone is not a failure).
 */
public sealed interface Resolution {

  /** A provider ready for calls. */
  record Ready(ChatProvider provider) implements Resolution {}

  /**
   * No key was found.
   *
   * @param variables the variables any one of which would enable the model, in the order they are read
   * @param modelId   the entry's id as tables show it ({@code openai/gpt-4o} or its label)
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
}
