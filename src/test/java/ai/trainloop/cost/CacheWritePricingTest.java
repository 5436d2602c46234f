package ai.trainloop.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.ConfigLoader;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.provider.ProviderRegistry;
import ai.trainloop.provider.Usage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cache_write_per_million}, on an entry's pricing and under trainloop.pricing, bills
 * Anthropic cache writes.
 */
class CacheWritePricingTest {
  @TempDir Path dir;

  /** 1M input tokens of which 400K were written to the cache; no output. */
  private static final Usage WRITES = new Usage(1_000_000L, 0L, 0L, 400_000L, null);

  private TrainloopConfig load(String yaml) throws Exception {
    Path file = dir.resolve("trainloop.config.yaml");
    Files.writeString(file, yaml);
    return new ConfigLoader(ProviderRegistry.builtIn()).load(file);
  }

  private static BigDecimal cost(TrainloopConfig config) {
    ProviderEntry entry = config.benchmark().providers().get(0);
    ModelPrice price = PriceResolver.forConfig(config).resolve(entry).orElseThrow();
    return CostCalculator.cost(WRITES, price);
  }

  @Test
  void should_bill_cache_writes_at_the_entry_pricing_rate() throws Exception {
    TrainloopConfig config =
        load(
            """
        trainloop:
          benchmark:
            providers:
              - provider: anthropic
                model: my-claude
                pricing: {input_per_million: 1, output_per_million: 5, cache_write_per_million: 1.25}
        """);
    // 600K plain input × $1 + 400K written × $1.25
    assertThat(cost(config)).isEqualByComparingTo("1.1");
    assertThat(config.benchmark().providers().get(0).pricing().cacheWritePerMillion())
        .isEqualByComparingTo("1.25");
  }

  @Test
  void should_bill_cache_writes_at_the_trainloop_pricing_rate() throws Exception {
    TrainloopConfig config =
        load(
            """
        trainloop:
          pricing:
            my-claude: {input_per_million: 1, output_per_million: 5, cache_write_per_million: 2}
          benchmark:
            providers:
              - {provider: anthropic, model: my-claude}
        """);
    assertThat(cost(config)).isEqualByComparingTo("1.4");
  }

  @Test
  void should_keep_billing_writes_as_input_without_the_key() throws Exception {
    TrainloopConfig config =
        load(
            """
        trainloop:
          benchmark:
            providers:
              - {provider: anthropic, model: my-claude, pricing: {input_per_million: 1, output_per_million: 5}}
        """);
    assertThat(cost(config)).isEqualByComparingTo("1.0");
  }

  @Test
  void should_reject_a_negative_cache_write_rate_at_its_line() throws Exception {
    Path file = dir.resolve("trainloop.config.yaml");
    Files.writeString(
        file,
        """
        trainloop:
          benchmark:
            providers:
              - provider: anthropic
                model: my-claude
                pricing: {input_per_million: 1, output_per_million: 5, cache_write_per_million: -1}
        """);
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class, () -> new ConfigLoader(ProviderRegistry.builtIn()).load(file));
    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .contains("trainloop.config.yaml:6:")
        .contains("cache_write_per_million: must be at least 0, got -1");
  }
}
