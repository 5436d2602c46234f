package ai.trainloop.chat;

/**
 * The API format a call was recorded in, read from its {@code url}: OpenAI's chat completions
 * (every OpenAI-compatible server too) or Anthropic's Messages.
 */
public enum Dialect {
  OPENAI,
  ANTHROPIC;

  /** Anthropic's Messages for a URL on anthropic.com or ending in {@code /messages}. */
  public static Dialect ofUrl(String url) {
    if (url == null) {
      return OPENAI;
    }
    String u = url.toLowerCase(java.util.Locale.ROOT);
    int query = u.indexOf('?');
    String path = query >= 0 ? u.substring(0, query) : u;
    return u.contains("anthropic.com") || path.endsWith("/messages") ? ANTHROPIC : OPENAI;
  }
}
