package ai.trainloop.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads price blocks ({@code input_per_million}, …) as exact decimals, never through a double. */
final class PricingParser {
  private PricingParser() {}

  /** A price block: USD per 1M tokens, each at least 0, at least one of the four set. */
  static PriceOverride price(YamlMap m) {
    PriceOverride p =
        new PriceOverride(
            m.decimal("input_per_million", Bounds.NON_NEGATIVE),
            m.decimal("output_per_million", Bounds.NON_NEGATIVE),
            m.decimal("cached_input_per_million", Bounds.NON_NEGATIVE),
            m.decimal("cache_write_per_million", Bounds.NON_NEGATIVE));
    if (p.inputPerMillion() == null
        && p.outputPerMillion() == null
        && p.cachedInputPerMillion() == null
        && p.cacheWritePerMillion() == null) {
      throw new ConfigException(
          m.location(),
          m.path(),
          "set at least one of input_per_million, "
              + "output_per_million, cached_input_per_million, cache_write_per_million");
    }
    return p;
  }

  /** The top-level {@code pricing: {<model>: {…}}} table, in config order; empty when absent. */
  static Map<String, PriceOverride> table(YamlMap trainloop) {
    YamlMap table = trainloop.map("pricing", null);
    if (table == null) {
      return Map.of();
    }
    Map<String, PriceOverride> out = new LinkedHashMap<>();
    for (String model : table.keys()) {
      Path file = table.file();
      if (!table.has(model)) {
        throw table.error(model, "expected a mapping of prices, got nothing");
      }
      out.put(
          model,
          price(YamlMap.of(table.value(model), table.path(model), file, ConfigSchema.PRICE)));
    }
    return Collections.unmodifiableMap(out);
  }
}
