package ai.trainloop.cost;

import ai.trainloop.config.PriceOverride;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.provider.ProviderRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the price of a configured model. In order:
 *
 * <ol>
 *   <li>the entry's own {@code pricing} (source {@code config: <entry id> pricing});
 *   <li>{@code trainloop.pricing}, keyed by the entry's model id, by {@code provider/model}, or by
 *       the bundled model's id or one of its aliases (source {@code config:
 *       trainloop.pricing.<key>});
 *   <li>the bundled table, by exact id then by alias, only for the provider that bills that model
 *       ({@code openai}, {@code anthropic}, {@code google}/{@code gemini}).
 * </ol>
 *
 * An {@code openrouter} model {@code openai/gpt-4o}, a Groq or Ollama model, or an Azure deployment
 * is therefore unknown unless the user prices it. The recorded provider has no price. Unknown is
 * {@link Optional#empty()}: the caller shows {@code n/a} (JSON {@code null}) and warns once; it is
 * never $0.
 *
 * <p>An override is a flat price (bundled long-context tiers no longer apply). A field it leaves
 * out comes from the next source, with one rule: when it sets {@code input_per_million}, the
 * cached-input rate it does not give is billed at that input rate, and cache writes too (a discount
 * listed for another input price does not carry over).
 */
public final class PriceResolver {

  private final PriceTable table;
  private final Map<String, PriceOverride> pricing;

  public PriceResolver(PriceTable table, Map<String, PriceOverride> pricing) {
    this.table = Objects.requireNonNull(table, "table");
    this.pricing = pricing == null ? Map.of() : new LinkedHashMap<>(pricing);
  }

  /** A resolver over the bundled table and the config's {@code trainloop.pricing}. */
  public static PriceResolver forConfig(TrainloopConfig config) {
    return new PriceResolver(PriceTable.bundled(), config.pricing());
  }

  public PriceTable table() {
    return table;
  }

  /** {@code trainloop.pricing} in config order. */
  public Map<String, PriceOverride> pricing() {
    return Collections.unmodifiableMap(pricing);
  }

  /**
   * The entry's price; empty when unknown (warn once with {@link #unknownPriceWarning}), and always
   * empty for the recorded provider, which replays replies and costs nothing (no warning needed).
   */
  public Optional<ModelPrice> resolve(ProviderEntry entry) {
    if (entry.isRecorded() || entry.model() == null) {
      return Optional.empty();
    }
    Optional<ModelPrice> below = resolveWithoutEntryPricing(entry);
    if (entry.pricing() != null) {
      return overlay(entry.pricing(), below, "config: " + entry.id() + " pricing");
    }
    return below;
  }

  /**
   * The price of a {@code trainloop.pricing} key on its own (over the bundled model it names, if
   * any).
   */
  public Optional<ModelPrice> resolvePricingKey(String key) {
    PriceOverride override = pricing.get(key);
    Optional<ModelPrice> bundled = table.findAnyProvider(key).map(m -> bundledPrice(m, key));
    return override == null
        ? bundled
        : overlay(override, bundled, "config: trainloop.pricing." + key);
  }

  /** The one warning to print for an entry whose price is unknown. */
  public String unknownPriceWarning(ProviderEntry entry) {
    String why =
        entry.pricing() != null
            ? "its pricing sets no input_per_million or output_per_million and no other source prices it"
            : "it is not in the " + table.sourceLabel() + " and not in trainloop.pricing";
    return "no price for "
        + entry.id()
        + " ("
        + why
        + "): cost shown as n/a. Set pricing: {input_per_million: ..,"
        + " output_per_million: ..} on the entry, or under trainloop.pricing."
        + entry.model()
        + ".";
  }

  private Optional<ModelPrice> resolveWithoutEntryPricing(ProviderEntry entry) {
    Optional<PricedModel> bundledModel =
        ProviderRegistry.builtIn()
            .priceTableKey(entry.provider())
            .flatMap(p -> table.find(p, entry.model()));
    Optional<ModelPrice> bundled = bundledModel.map(m -> bundledPrice(m, entry.model()));
    List<String> keys =
        new ArrayList<>(List.of(entry.model(), entry.provider() + "/" + entry.model()));
    bundledModel.ifPresent(
        m -> {
          keys.add(m.model());
          keys.addAll(m.aliases());
        });
    for (String key : keys) {
      PriceOverride override = pricing.get(key);
      if (override != null) {
        return overlay(override, bundled, "config: trainloop.pricing." + key);
      }
    }
    return bundled;
  }

  private static ModelPrice bundledPrice(PricedModel model, String askedFor) {
    String source = model.price().source();
    String asked = askedFor.strip();
    return asked.equals(model.model())
        ? model.price()
        : model.price().withSource(source + " (for " + asked + ")");
  }

  /** An override over a lower price; empty when neither gives an input and an output rate. */
  static Optional<ModelPrice> overlay(PriceOverride o, Optional<ModelPrice> below, String source) {
    Price low = below.map(ModelPrice::base).orElse(null);
    BigDecimal input =
        o.inputPerMillion() != null ? o.inputPerMillion() : low == null ? null : low.input();
    BigDecimal output =
        o.outputPerMillion() != null ? o.outputPerMillion() : low == null ? null : low.output();
    if (input == null || output == null) {
      return Optional.empty();
    }
    BigDecimal cached = o.cachedInputPerMillion();
    BigDecimal write = o.cacheWritePerMillion();
    if (o.inputPerMillion() == null) {
      cached = cached != null ? cached : low.cachedInput();
      write = write != null ? write : low.cacheWrite();
    }
    boolean inherits = o.inputPerMillion() == null || o.outputPerMillion() == null;
    String text = inherits ? source + ", other rates from " + low.source() : source;
    return Optional.of(ModelPrice.flat(new Price(input, output, cached, write, text)));
  }
}
