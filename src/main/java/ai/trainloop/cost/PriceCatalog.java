package ai.trainloop.cost;

import ai.trainloop.config.PriceOverride;
import ai.trainloop.config.ProviderEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The data behind {@code trainloop prices}: every bundled model, then every price the user set in
 * the config ({@code trainloop.pricing} keys, then entries' own {@code pricing}), each with where
 * it comes from. The CLI renders the rows.
 */
public final class PriceCatalog {

  private final PriceResolver resolver;

  public PriceCatalog(PriceResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * The rows: bundled models in table order, then {@code trainloop.pricing}, then the entries'
   * pricing.
   */
  public List<PriceListing> listings(List<ProviderEntry> entries) {
    List<PriceListing> rows = new ArrayList<>();
    for (PricedModel m : resolver.table().models()) {
      rows.add(
          row(
              m.model(),
              m.provider(),
              m.aliases(),
              Optional.of(m.price()),
              m.price().source(),
              false));
    }
    for (Map.Entry<String, PriceOverride> e : resolver.pricing().entrySet()) {
      String key = e.getKey();
      String provider =
          resolver.table().findAnyProvider(key).map(PricedModel::provider).orElse("any");
      Optional<ModelPrice> price = resolver.resolvePricingKey(key);
      rows.add(row(key, provider, List.of(), price, "config: trainloop.pricing." + key, true));
    }
    for (ProviderEntry entry : entries) {
      if (entry.pricing() != null && !entry.isRecorded()) {
        Optional<ModelPrice> price = resolver.resolve(entry);
        rows.add(
            row(
                entry.model(),
                entry.provider(),
                List.of(),
                price,
                "config: " + entry.id() + " pricing",
                true));
      }
    }
    return rows;
  }

  /**
   * The long-context tiers in words, e.g. {@code above 200000 input tokens, whole call: input 6.00,
   * ...}.
   */
  public static String describeTiers(List<PriceTier> tiers) {
    return tiers.stream()
        .map(
            t -> {
              StringBuilder s =
                  new StringBuilder(
                      "above "
                          + t.aboveInputTokens()
                          + " input tokens, whole call: input "
                          + t.input().toPlainString()
                          + ", output "
                          + t.output().toPlainString());
              if (t.cachedInput() != null) {
                s.append(", cached input ").append(t.cachedInput().toPlainString());
              }
              if (t.cacheWrite() != null) {
                s.append(", cache write ").append(t.cacheWrite().toPlainString());
              }
              return s.toString();
            })
        .collect(Collectors.joining("; "));
  }

  private static PriceListing row(
      String model,
      String provider,
      List<String> aliases,
      Optional<ModelPrice> price,
      String unknownSource,
      boolean userOverride) {
    if (price.isEmpty()) {
      return new PriceListing(
          model,
          provider,
          aliases,
          null,
          null,
          null,
          null,
          "",
          unknownSource + " (incomplete: no input or output rate)",
          userOverride);
    }
    Price base = price.get().base();
    return new PriceListing(
        model,
        provider,
        aliases,
        base.input(),
        base.output(),
        base.cachedInput(),
        base.cacheWrite(),
        describeTiers(price.get().tiers()),
        price.get().source(),
        userOverride);
  }
}
