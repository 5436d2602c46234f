package ai.trainloop.provider.openai;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * OpenAI's reasoning models (o1, o3, o4 and gpt-5 families, dated ids included), which reject
 * {@code max_tokens} and any non-default {@code temperature}. A routed id such as OpenRouter's
 * {@code openai/o3-mini} counts too.
 */
public final class ReasoningModels {

  private static final Pattern FAMILY = Pattern.compile("(o[1-9][0-9]*|gpt-5)([-.].*)?");

  private ReasoningModels() {}

  /**
   * True when {@code model} (an id, optionally {@code vendor/id}) belongs to a reasoning family.
   */
  public static boolean matches(String model) {
    if (model == null) {
      return false;
    }
    String id = model.substring(model.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return FAMILY.matcher(id).matches();
  }
}
