package ai.trainloop.cost;

import ai.trainloop.provider.Usage;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The USD cost of one call from the tokens its provider reported, in exact decimal arithmetic (no
 * doubles), so that sums over any number of calls do not drift.
 *
 * <p>With prices in USD per 1M tokens:
 *
 * <pre>
 *   cost = ( (input - cachedInput - cacheWrite) × price.input
 *          + cachedInput × (price.cachedInput, else price.input)
 *          + cacheWrite  × (price.cacheWrite,  else price.input)
 *          + output      × price.output ) / 1,000,000
 * </pre>
 *
 * {@link Usage#inputTokens()} includes cached and cache-written tokens (OpenAI's {@code
 * cached_tokens} are a part of {@code prompt_tokens}; Anthropic reports cache reads and writes
 * apart from {@code input_tokens} and its adapter adds them in, as {@link Usage} requires), and
 * {@link Usage#outputTokens()} includes reasoning and thought tokens, which are billed as output. A
 * missing cached or cache-write count is 0. With a {@link ModelPrice}, a call whose input tokens
 * exceed a long-context threshold is billed at that tier, every token of it.
 */
public final class CostCalculator {

  private CostCalculator() {}

  /**
   * The cost of one call at a model's price, choosing the long-context tier by the call's input
   * tokens.
   *
   * @return USD, exact; null when the usage is unknown ({@link Usage#known()} is false)
   * @throws IllegalArgumentException when cached plus cache-write tokens exceed the input tokens
   */
  public static BigDecimal cost(Usage usage, ModelPrice price) {
    Objects.requireNonNull(price, "price");
    if (usage == null || !usage.known()) {
      return null;
    }
    return cost(usage, price.forInputTokens(usage.inputTokens()));
  }

  /**
   * The cost of one call at a flat price.
   *
   * @return USD, exact; null when the usage is unknown ({@link Usage#known()} is false)
   * @throws IllegalArgumentException when a count is negative or cached plus cache-write tokens
   *     exceed the input
   */
  public static BigDecimal cost(Usage usage, Price price) {
    Objects.requireNonNull(price, "price");
    if (usage == null || !usage.known()) {
      return null;
    }
    long input = usage.inputTokens();
    long output = usage.outputTokens();
    long cached = orZero(usage.cachedInputTokens());
    long written = orZero(usage.cacheWriteTokens());
    if (input < 0 || output < 0 || cached < 0 || written < 0) {
      throw new IllegalArgumentException("negative token count in " + usage);
    }
    long uncached = input - cached - written;
    if (uncached < 0) {
      throw new IllegalArgumentException(
          "cached ("
              + cached
              + ") and cache-write ("
              + written
              + ") tokens exceed the input tokens ("
              + input
              + ") in "
              + usage);
    }
    BigDecimal perMillion =
        times(uncached, price.input())
            .add(times(cached, orInput(price.cachedInput(), price)))
            .add(times(written, orInput(price.cacheWrite(), price)))
            .add(times(output, price.output()));
    return perMillion.movePointLeft(6);
  }

  /** Tokens × a rate per 1M tokens, still per 1M (divided once, at the end). */
  private static BigDecimal times(long tokens, BigDecimal ratePerMillion) {
    return BigDecimal.valueOf(tokens).multiply(ratePerMillion);
  }

  private static BigDecimal orInput(BigDecimal rate, Price price) {
    return rate != null ? rate : price.input();
  }

  private static long orZero(Long n) {
    return n == null ? 0L : n;
  }
}
