package ai.trainloop.provider.http;

import java.util.regex.Pattern;

/**
 * The key a provider is called with, where it came from, and the one place that knows how to keep
 * it out of text. {@link #toString()} never shows the value.
 *
 * @param provider the provider's name as in the config ({@code openai}, {@code azure}, ...)
 * @param variable the environment variable the key was read from; null when no key is used
 * @param value the key itself; null when no key is used
 */
public record ApiKey(String provider, String variable, String value) {

  /** Shapes of keys that may turn up in a provider's text even when they are not ours. */
  private static final Pattern KEY_SHAPES =
      Pattern.compile(
          "\\bsk-[A-Za-z0-9_*\\-]{6,}|\\bAIza[0-9A-Za-z_\\-]{20,}|(?i)(?<=bearer )[A-Za-z0-9._~+/=\\-]{8,}");

  /** A provider called without a key (a local Ollama, an open OpenAI-compatible server). */
  public static ApiKey none(String provider) {
    return new ApiKey(provider, null, null);
  }

  /**
   * The 0-based position, in code points, of the first character of {@code value} that is not
   * printable ASCII (0x20 to 0x7E), the only ones a key header can carry; -1 when there is none.
   */
  public static int firstUnsendable(String value) {
    int[] chars = value.codePoints().toArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] < 0x20 || chars[i] > 0x7E) {
        return i;
      }
    }
    return -1;
  }

  public boolean present() {
    return value != null && !value.isEmpty();
  }

  /**
   * The text with this key, and anything shaped like an API key, replaced by {@code ***}. Null
   * stays null.
   */
  public String scrub(String text) {
    if (text == null) {
      return null;
    }
    String out = present() ? text.replace(value, "***") : text;
    return KEY_SHAPES.matcher(out).replaceAll("***");
  }

  @Override
  public String toString() {
    return "ApiKey[provider="
        + provider
        + ", variable="
        + variable
        + ", value="
        + (present() ? "***" : "none")
        + "]";
  }
}
