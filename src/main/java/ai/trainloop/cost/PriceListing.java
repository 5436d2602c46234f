package ai.trainloop.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of {@code trainloop prices}. Prices are USD per 1M tokens; a null price is unknown
 * ({@code n/a}), a null cached-input or cache-write rate is billed at the input rate.
 *
 * @param model the model id (for a {@code trainloop.pricing} row, its key)
 * @param provider the provider that bills it; for a {@code trainloop.pricing} key that names no
 *     bundled model, {@code "any"} (it applies to every entry with that model id)
 * @param aliases other ids with the same price (bundled rows only)
 * @param input uncached input
 * @param output output, reasoning and thought tokens included
 * @param cachedInput cached input read
 * @param cacheWrite cache write (Anthropic)
 * @param longContext the long-context tiers in words, "" when none
 * @param source where the price comes from
 * @param userOverride true for prices set in the config
 */
public record PriceListing(
    String model,
    String provider,
    List<String> aliases,
    BigDecimal input,
    BigDecimal output,
    BigDecimal cachedInput,
    BigDecimal cacheWrite,
    String longContext,
    String source,
    boolean userOverride) {

  public PriceListing {
    aliases = List.copyOf(aliases);
  }
}
