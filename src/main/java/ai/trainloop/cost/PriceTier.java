package ai.trainloop.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A long-context price tier, USD per 1M tokens. When a call's input tokens (cached and
 * cache-written ones included) exceed {@code aboveInputTokens}, every token of that call is billed
 * at this tier's prices, not only the tokens past the threshold: that is how Anthropic (Claude
 * Sonnet 4 above 200k) and Google (Gemini 2.5 Pro above 200k, Gemini 1.5 above 128k) bill long
 * prompts.
 *
 * @param aboveInputTokens the threshold; the tier applies when input tokens are strictly greater
 * @param input uncached input tokens
 * @param output output tokens, reasoning and thought tokens included
 * @param cachedInput cached input read; null means billed at this tier's input rate
 * @param cacheWrite cache creation input; null means billed at this tier's input rate
 */
public record PriceTier(
    long aboveInputTokens,
    BigDecimal input,
    BigDecimal output,
    BigDecimal cachedInput,
    BigDecimal cacheWrite) {

  public PriceTier {
    if (aboveInputTokens <= 0) {
      throw new IllegalArgumentException(
          "a long-context threshold must be positive: " + aboveInputTokens);
    }
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
  }

  /** This tier as a {@link Price} with the given source text. */
  public Price toPrice(String source) {
    return new Price(input, output, cachedInput, cacheWrite, source);
  }

  /** Whether a call with this many input tokens is billed at this tier. */
  public boolean appliesTo(long inputTokens) {
    return inputTokens > aboveInputTokens;
  }
}
