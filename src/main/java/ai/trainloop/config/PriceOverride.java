package ai.trainloop.config;

import java.math.BigDecimal;

/**
 * Prices a user set in the config, USD per 1M tokens. Any field may be null (not overridden).
 *
 * @param inputPerMillion input tokens
 * @param outputPerMillion output tokens (reasoning and thought tokens included)
 * @param cachedInputPerMillion cached input tokens read from a prompt cache
 * @param cacheWritePerMillion input tokens written to a prompt cache (Anthropic's cache creation)
 */
public record PriceOverride(
    BigDecimal inputPerMillion,
    BigDecimal outputPerMillion,
    BigDecimal cachedInputPerMillion,
    BigDecimal cacheWritePerMillion) {

  /** Without a cache-write rate. */
  public PriceOverride(
      BigDecimal inputPerMillion, BigDecimal outputPerMillion, BigDecimal cachedInputPerMillion) {
    this(inputPerMillion, outputPerMillion, cachedInputPerMillion, null);
  }
}
