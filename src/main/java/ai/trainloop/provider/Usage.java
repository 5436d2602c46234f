package ai.trainloop.provider;

/**
 * Tokens as the provider reported them. {@code null} in a field means the provider did not say.
 *
 * @param inputTokens every input token, cached and cache-written ones included
 * @param outputTokens every output token, reasoning / thought tokens included
 * @param cachedInputTokens the part of inputTokens read from a prompt cache (billed at the cached
 *     rate)
 * @param cacheWriteTokens the part of inputTokens written to a prompt cache (Anthropic bills them
 *     higher)
 * @param reasoningTokens the part of outputTokens spent on reasoning or thoughts
 */
public record Usage(
    Long inputTokens,
    Long outputTokens,
    Long cachedInputTokens,
    Long cacheWriteTokens,
    Long reasoningTokens) {

  public static final Usage UNKNOWN = new Usage(null, null, null, null, null);

  public static Usage of(long input, long output) {
    return new Usage(input, output, 0L, 0L, 0L);
  }

  public boolean known() {
    return inputTokens != null && outputTokens != null;
  }
}
