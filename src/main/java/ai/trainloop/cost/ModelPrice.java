package ai.trainloop.cost;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A model's price: a base {@link Price} and its long-context tiers, if any. The price of one call
 * depends on its input size ({@link #forInputTokens}): a call above a tier's threshold is billed,
 * every token of it, at that tier.
 *
 * @param base the price of calls at or below every threshold; its {@code source} says where the
 *     price came from
 * @param tiers long-context tiers, sorted by threshold (empty for most models and for every user
 *     override)
 */
public record ModelPrice(Price base, List<PriceTier> tiers) {

  public ModelPrice {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(base.input(), "base.input");
    Objects.requireNonNull(base.output(), "base.output");
    tiers = tiers.stream().sorted(Comparator.comparingLong(PriceTier::aboveInputTokens)).toList();
  }

  /** A price without long-context tiers. */
  public static ModelPrice flat(Price price) {
    return new ModelPrice(price, List.of());
  }

  /**
   * The batch price: half of every rate, tiers included (the vendors' batch APIs bill half the
   * synchronous price), its source marked {@code (batch: half price)}.
   */
  public ModelPrice batch() {
    return new ModelPrice(
        new Price(
            half(base.input()),
            half(base.output()),
            half(base.cachedInput()),
            half(base.cacheWrite()),
            base.source() + " (batch: half price)"),
        tiers.stream()
            .map(
                t ->
                    new PriceTier(
                        t.aboveInputTokens(),
                        half(t.input()),
                        half(t.output()),
                        half(t.cachedInput()),
                        half(t.cacheWrite())))
            .toList());
  }

  private static java.math.BigDecimal half(java.math.BigDecimal v) {
    return v == null ? null : v.divide(java.math.BigDecimal.valueOf(2));
  }

  /** Where the price came from, e.g. {@code config: openai/gpt-4o pricing}. */
  public String source() {
    return base.source();
  }

  /** The same prices with another source text. */
  public ModelPrice withSource(String source) {
    return new ModelPrice(
        new Price(base.input(), base.output(), base.cachedInput(), base.cacheWrite(), source),
        tiers);
  }

  /**
   * The tier that bills a call with this many input tokens: the highest threshold below it; empty
   * for the base.
   */
  public Optional<PriceTier> tierFor(long inputTokens) {
    PriceTier found = null;
    for (PriceTier tier : tiers) {
      if (tier.appliesTo(inputTokens)) {
        found = tier;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The flat price that bills every token of a call with this many input tokens. */
  public Price forInputTokens(long inputTokens) {
    return tierFor(inputTokens)
        .map(
            t ->
                t.toPrice(
                    base.source()
                        + ", long-context tier above "
                        + t.aboveInputTokens()
                        + " input tokens"))
        .orElse(base);
  }
}
