package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.cost.ModelPrice;
import ai.trainloop.cost.PriceResolver;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ProviderRegistry;
import ai.trainloop.provider.ProviderSpec;
import ai.trainloop.provider.Providers;
import ai.trainloop.provider.Resolution;
import ai.trainloop.provider.cache.CachingProvider;
import ai.trainloop.provider.cache.ResponseCache;
import ai.trainloop.run.ModelTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns config entries into models to call: builds each provider (a bad entry is a config error,
 * before anything is sent), skips a model whose key variable is unset with one line naming it, or
 * whose key cannot be sent with one warning naming the variable and the bad character's position,
 * and finds each model's price (an unknown price is one warning and an unknown cost, never $0).
 */
final class ModelPlanner {
  private final Providers providers;
  private final PriceResolver prices;
  private final boolean trackCosts;
  private final Consumer<String> warn;
  private final Consumer<String> info;
  private final ResponseCache cache;

  /**
   * {@code info} gets one line per model skipped for an unset key; {@code warn} gets bad keys and
   * unknown prices.
   */
  ModelPlanner(
      Providers providers,
      PriceResolver prices,
      boolean trackCosts,
      Consumer<String> warn,
      Consumer<String> info) {
    this(providers, prices, trackCosts, warn, info, null);
  }

  /** As above, each model that calls a provider answered from {@code cache} (null: none). */
  ModelPlanner(
      Providers providers,
      PriceResolver prices,
      boolean trackCosts,
      Consumer<String> warn,
      Consumer<String> info,
      ResponseCache cache) {
    this.cache = cache;
    this.providers = providers;
    this.prices = prices;
    this.trackCosts = trackCosts;
    this.warn = warn;
    this.info = info;
  }

  List<PlannedModel> plan(
      List<ProviderEntry> entries, Double temperatureOverride, Duration callTimeout) {
    List<PlannedModel> planned = new ArrayList<>();
    for (ProviderEntry configured : entries) {
      ProviderEntry entry =
          temperatureOverride == null || configured.isRecorded()
              ? configured
              : configured.withTemperature(temperatureOverride);
      ProviderSpec spec = ProviderRegistry.builtIn().spec(entry.provider()).orElse(null);
      if (temperatureOverride != null
          && spec != null
          && !spec.acceptsTemperature(temperatureOverride)) {
        throw new ConfigException(
            null,
            "--temperature",
            entry.id()
                + " is "
                + (startsWithVowel(spec.name()) ? "an " : "a ")
                + spec.name()
                + " model, which accepts a temperature from 0 to "
                + spec.maxTemperature().toPlainString()
                + ", not "
                + temperatureOverride);
      }
      Resolution resolution = providers.resolve(entry, callTimeout);
      if (resolution instanceof Resolution.MissingKey missing) {
        info.accept("skipped " + entry.id() + ": " + missing.message());
        planned.add(new PlannedModel(entry, null, missing.message(), null));
        continue;
      }
      if (resolution instanceof Resolution.BadKey bad) {
        warn.accept("skipped " + entry.id() + ": " + bad.message());
        planned.add(new PlannedModel(entry, null, bad.message(), null));
        continue;
      }
      Resolution.Ready ready = (Resolution.Ready) resolution;
      ModelPrice price = price(entry).orElse(null);
      String limiterKey = entry.provider() + "|" + (entry.baseUrl() == null ? "" : entry.baseUrl());
      ChatProvider provider = ready.provider();
      if (cache != null && !entry.isRecorded()) {
        provider = new CachingProvider(provider, cache, providers.baseUrlOf(entry), 0);
      }
      planned.add(
          new PlannedModel(entry, new ModelTarget(entry, provider, limiterKey), null, price));
    }
    return planned;
  }

  private Optional<ModelPrice> price(ProviderEntry entry) {
    if (!trackCosts || entry.isRecorded()) {
      return Optional.empty();
    }
    Optional<ModelPrice> price = prices.resolve(entry);
    if (price.isEmpty()) {
      warn.accept(prices.unknownPriceWarning(entry));
    }
    return price;
  }

  private static boolean startsWithVowel(String name) {
    return !name.isEmpty() && "aeiou".indexOf(name.charAt(0)) >= 0;
  }
}
