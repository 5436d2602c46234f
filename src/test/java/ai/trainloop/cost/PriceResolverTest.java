package ai.trainloop.cost;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.PriceOverride;
import ai.trainloop.config.ProviderEntry;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceResolverTest {

  private static final PriceTable TABLE = PriceTable.bundled();

  private static BigDecimal d(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  private static PriceOverride override(String input, String output, String cached) {
    return new PriceOverride(d(input), d(output), d(cached));
  }

  private static ProviderEntry withPricing(String provider, String model, PriceOverride pricing) {
    return ProviderEntry.builder().provider(provider).model(model).pricing(pricing).build();
  }

  private static PriceResolver resolver(Map<String, PriceOverride> pricing) {
    return new PriceResolver(TABLE, pricing);
  }

  @Test
  void should_price_a_bundled_model_by_exact_id() {
    ModelPrice price =
        resolver(Map.of()).resolve(ProviderEntry.of("openai", "gpt-4o")).orElseThrow();
    assertThat(price.base().input()).isEqualByComparingTo("2.50");
    assertThat(price.base().cachedInput()).isEqualByComparingTo("1.25");
    assertThat(price.source()).isEqualTo("bundled table as of 2026-11-28: gpt-4o");
  }

  @Test
  void should_price_an_alias_as_its_dated_model_and_say_so() {
    ModelPrice price =
        resolver(Map.of()).resolve(ProviderEntry.of("anthropic", "claude-3-haiku")).orElseThrow();
    assertThat(price.base().input()).isEqualByComparingTo("0.25");
    assertThat(price.base().cacheWrite()).isEqualByComparingTo("0.30");
    assertThat(price.source())
        .isEqualTo("bundled table as of 2026-11-28: claude-3-haiku-20240307 (for claude-3-haiku)");
  }

  @Test
  void should_keep_long_context_tiers_of_bundled_prices() {
    ModelPrice price =
        resolver(Map.of()).resolve(ProviderEntry.of("gemini", "gemini-2.5-pro")).orElseThrow();
    assertThat(price.tiers()).hasSize(1);
    assertThat(price.forInputTokens(200_001).input()).isEqualByComparingTo("2.50");
  }

  @Test
  void should_prefer_entry_pricing_over_top_level_pricing_and_bundled_table() {
    // given gpt-4o priced in all three places
    PriceResolver resolver = resolver(Map.of("gpt-4o", override("2.00", "9.00", "1.00")));
    ProviderEntry entry = withPricing("openai", "gpt-4o", override("1.00", "4.00", "0.50"));
    // when
    ModelPrice price = resolver.resolve(entry).orElseThrow();
    // then
    assertThat(price.base().input()).isEqualByComparingTo("1.00");
    assertThat(price.base().output()).isEqualByComparingTo("4.00");
    assertThat(price.base().cachedInput()).isEqualByComparingTo("0.50");
    assertThat(price.source()).isEqualTo("config: openai/gpt-4o pricing");
  }

  @Test
  void should_prefer_top_level_pricing_over_bundled_table() {
    PriceResolver resolver = resolver(Map.of("gpt-4o", override("2.00", "9.00", "1.00")));
    ModelPrice price = resolver.resolve(ProviderEntry.of("openai", "gpt-4o")).orElseThrow();
    assertThat(price.base().input()).isEqualByComparingTo("2.00");
    assertThat(price.source()).isEqualTo("config: trainloop.pricing.gpt-4o");
  }

  @Test
  void should_apply_top_level_pricing_keyed_by_an_alias_to_the_dated_model() {
    // given trainloop.pricing keyed by the short alias, and an entry naming the dated id
    PriceResolver resolver = resolver(Map.of("claude-3-5-sonnet", override("2.00", "10.00", null)));
    ModelPrice price =
        resolver.resolve(ProviderEntry.of("anthropic", "claude-3-5-sonnet-20241022")).orElseThrow();
    assertThat(price.base().input()).isEqualByComparingTo("2.00");
    assertThat(price.source()).isEqualTo("config: trainloop.pricing.claude-3-5-sonnet");
  }

  @Test
  void should_prefer_a_key_naming_the_exact_model_over_one_naming_its_alias() {
    Map<String, PriceOverride> pricing = new LinkedHashMap<>();
    pricing.put("claude-3-haiku-20240307", override("0.20", "1.00", null));
    pricing.put("claude-3-haiku", override("0.10", "0.50", null));
    ModelPrice price =
        resolver(pricing).resolve(ProviderEntry.of("anthropic", "claude-3-haiku")).orElseThrow();
    assertThat(price.source()).isEqualTo("config: trainloop.pricing.claude-3-haiku");
    ModelPrice dated =
        resolver(pricing)
            .resolve(ProviderEntry.of("anthropic", "claude-3-haiku-20240307"))
            .orElseThrow();
    assertThat(dated.source()).isEqualTo("config: trainloop.pricing.claude-3-haiku-20240307");
  }

  @Test
  void
      should_bill_cached_and_written_input_at_override_input_rate_when_override_sets_only_input_and_output() {
    // given claude-3-5-sonnet (bundled cached 0.30, write 3.75) overridden with input and output
    // only
    ProviderEntry entry =
        withPricing("anthropic", "claude-3-5-sonnet-20241022", override("2.00", "10.00", null));
    // when
    Price price = resolver(Map.of()).resolve(entry).orElseThrow().base();
    // then the bundled discounts do not carry over: null means "billed at the input rate"
    assertThat(price.cachedInput()).isNull();
    assertThat(price.cacheWrite()).isNull();
    assertThat(price.source()).isEqualTo("config: anthropic/claude-3-5-sonnet-20241022 pricing");
  }

  @Test
  void should_take_rates_an_override_leaves_out_from_the_next_source() {
    // given gpt-4o with only its output rate overridden
    ProviderEntry entry = withPricing("openai", "gpt-4o", override(null, "12.00", null));
    // when
    ModelPrice price = resolver(Map.of()).resolve(entry).orElseThrow();
    // then input and cached input stay bundled, output is the user's
    assertThat(price.base().input()).isEqualByComparingTo("2.50");
    assertThat(price.base().cachedInput()).isEqualByComparingTo("1.25");
    assertThat(price.base().output()).isEqualByComparingTo("12.00");
    assertThat(price.source())
        .isEqualTo(
            "config: openai/gpt-4o pricing, other rates from bundled table as of 2026-11-28: gpt-4o");
  }

  @Test
  void should_drop_bundled_long_context_tiers_under_an_override() {
    ProviderEntry entry =
        withPricing("anthropic", "claude-sonnet-4", override("3.00", "15.00", "0.30"));
    ModelPrice price = resolver(Map.of()).resolve(entry).orElseThrow();
    assertThat(price.tiers()).isEmpty();
    assertThat(price.forInputTokens(500_000).input()).isEqualByComparingTo("3.00");
  }

  @Test
  void should_leave_an_openrouter_model_unknown_even_when_openai_sells_it() {
    ProviderEntry entry = ProviderEntry.of("openrouter", "openai/gpt-4o");
    assertThat(resolver(Map.of()).resolve(entry)).isEmpty();
  }

  @Test
  void should_price_an_openrouter_model_when_the_user_keys_it() {
    PriceResolver resolver = resolver(Map.of("openai/gpt-4o", override("2.50", "10.00", null)));
    ModelPrice price =
        resolver.resolve(ProviderEntry.of("openrouter", "openai/gpt-4o")).orElseThrow();
    assertThat(price.base().output()).isEqualByComparingTo("10.00");
    assertThat(price.source()).isEqualTo("config: trainloop.pricing.openai/gpt-4o");
  }

  @Test
  void should_leave_compatible_servers_and_azure_deployments_unknown() {
    PriceResolver resolver = resolver(Map.of());
    assertThat(resolver.resolve(ProviderEntry.of("ollama", "llama3.2"))).isEmpty();
    assertThat(resolver.resolve(ProviderEntry.of("groq", "llama-3.3-70b-versatile"))).isEmpty();
    assertThat(resolver.resolve(ProviderEntry.of("azure", "gpt-4o"))).isEmpty();
    assertThat(resolver.resolve(ProviderEntry.of("openai-compatible", "gpt-4o-mini"))).isEmpty();
  }

  @Test
  void should_leave_the_tutorials_gemini_pro_and_an_unlisted_snapshot_unknown() {
    PriceResolver resolver = resolver(Map.of());
    assertThat(resolver.resolve(ProviderEntry.of("google", "gemini-pro"))).isEmpty();
    assertThat(resolver.resolve(ProviderEntry.of("openai", "gpt-4o-2024-05-13"))).isEmpty();
  }

  @Test
  void should_not_price_the_recorded_provider_even_with_pricing() {
    ProviderEntry recorded = withPricing("recorded", "recorded", override("1", "1", null));
    assertThat(resolver(Map.of("recorded", override("1", "1", null))).resolve(recorded)).isEmpty();
  }

  @Test
  void should_be_unknown_when_an_override_misses_a_rate_nothing_else_gives() {
    ProviderEntry entry =
        withPricing("groq", "llama-3.3-70b-versatile", override(null, "0.79", null));
    PriceResolver resolver = resolver(Map.of());
    assertThat(resolver.resolve(entry)).isEmpty();
    assertThat(resolver.unknownPriceWarning(entry))
        .contains("groq/llama-3.3-70b-versatile")
        .contains("sets no input_per_million or output_per_million");
  }

  @Test
  void should_name_the_model_and_the_fix_in_the_unknown_price_warning() {
    String warning =
        resolver(Map.of()).unknownPriceWarning(ProviderEntry.of("google", "gemini-pro"));
    assertThat(warning)
        .isEqualTo(
            "no price for google/gemini-pro (it is not in the bundled table as of 2026-11-28"
                + " and not in trainloop.pricing): cost shown as n/a. Set pricing: {input_per_million: ..,"
                + " output_per_million: ..} on the entry, or under trainloop.pricing.gemini-pro.");
  }

  @Test
  void should_resolve_a_pricing_key_on_its_own_for_listing() {
    PriceResolver resolver =
        resolver(Map.of("gpt-4o-mini-2024-07-18", override(null, "0.50", null)));
    Optional<ModelPrice> price = resolver.resolvePricingKey("gpt-4o-mini-2024-07-18");
    assertThat(price).isPresent();
    assertThat(price.get().base().input()).isEqualByComparingTo("0.15");
    assertThat(price.get().base().output()).isEqualByComparingTo("0.50");
  }
}
