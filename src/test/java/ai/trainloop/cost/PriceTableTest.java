package ai.trainloop.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceTableTest {

  private final PriceTable table = PriceTable.bundled();

  @Test
  void should_load_bundled_table_with_its_date_and_honest_source() {
    assertThat(table.asOf()).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(table.source())
        .contains(
            "provider-apis.md",
            "LiteLLM",
            "model_prices_and_context_window.json",
            "claude-3-5",
            "gemini-1.5");
    assertThat(table.models()).hasSizeGreaterThanOrEqualTo(16);
  }

  /** Every row of provider-apis.md's price table, with the exact prices listed there. */
  @ParameterizedTest(name = "{1} {0}: {2} / {3} / cached {4} / write {5}")
  @CsvSource(
      nullValues = "-",
      value = {
        "gpt-4o,                     openai,    2.50,  10.00, 1.25,  -",
        "gpt-4o-mini,                openai,    0.15,  0.60,  0.075, -",
        "gpt-4.1,                    openai,    2.00,  8.00,  0.50,  -",
        "gpt-4.1-mini,               openai,    0.40,  1.60,  0.10,  -",
        "gpt-4.1-nano,               openai,    0.10,  0.40,  0.025, -",
        "o3-mini,                    openai,    1.10,  4.40,  0.55,  -",
        "claude-3-5-sonnet-20241022, anthropic, 3.00,  15.00, 0.30,  3.75",
        "claude-3-5-haiku-20241022,  anthropic, 0.80,  4.00,  0.08,  1.00",
        "claude-3-haiku-20240307,    anthropic, 0.25,  1.25,  0.03,  0.30",
        "claude-3-7-sonnet-20250219, anthropic, 3.00,  15.00, 0.30,  3.75",
        "claude-sonnet-4-20250514,   anthropic, 3.00,  15.00, 0.30,  3.75",
        "gemini-1.5-pro,             google,    1.25,  5.00,  -,     -",
        "gemini-1.5-flash,           google,    0.075, 0.30,  -,     -",
        "gemini-2.0-flash,           google,    0.10,  0.40,  0.025, -",
        "gemini-2.5-pro,             google,    1.25,  10.00, 0.125, -",
        "gemini-2.5-flash,           google,    0.30,  2.50,  0.03,  -",
      })
  void should_list_every_spec_model_at_its_spec_price(
      String model, String provider, String input, String output, String cached, String write) {
    PricedModel found = table.find(provider, model).orElseThrow();
    Price base = found.price().base();
    assertThat(found.model()).isEqualTo(model);
    assertThat(base.input()).isEqualByComparingTo(input);
    assertThat(base.output()).isEqualByComparingTo(output);
    assertEqualOrBothNull(base.cachedInput(), cached);
    assertEqualOrBothNull(base.cacheWrite(), write);
    assertThat(base.source()).isEqualTo("bundled table as of 2026-11-28: " + model);
  }

  @Test
  void should_carry_the_spec_long_context_tiers() {
    // claude-sonnet-4-20250514: 3.00 (6.00 above 200k input) / 15.00 (22.50 above 200k)
    PriceTier sonnet =
        table.find("anthropic", "claude-sonnet-4-20250514").orElseThrow().price().tiers().get(0);
    assertThat(sonnet.aboveInputTokens()).isEqualTo(200_000);
    assertThat(sonnet.input()).isEqualByComparingTo("6.00");
    assertThat(sonnet.output()).isEqualByComparingTo("22.50");
    assertThat(sonnet.cachedInput()).isEqualByComparingTo("0.60");
    assertThat(sonnet.cacheWrite()).isEqualByComparingTo("7.50");
    // gemini-2.5-pro: 1.25 (2.50 above 200k) / 10.00 (15.00 above 200k)
    PriceTier pro = table.find("google", "gemini-2.5-pro").orElseThrow().price().tiers().get(0);
    assertThat(pro.aboveInputTokens()).isEqualTo(200_000);
    assertThat(pro.input()).isEqualByComparingTo("2.50");
    assertThat(pro.output()).isEqualByComparingTo("15.00");
    assertThat(pro.cachedInput()).isEqualByComparingTo("0.25");
    // models billed flat have no tier
    assertThat(table.find("openai", "gpt-4o").orElseThrow().price().tiers()).isEmpty();
  }

  @Test
  void should_read_prices_as_exact_decimals() {
    BigDecimal flashInput =
        table.find("google", "gemini-1.5-flash").orElseThrow().price().base().input();
    assertThat(flashInput).isEqualTo(new BigDecimal("0.075"));
  }

  @ParameterizedTest(name = "{1}/{0} is {2}")
  @CsvSource({
    "claude-3-haiku,            anthropic, claude-3-haiku-20240307",
    "claude-3-5-sonnet,         anthropic, claude-3-5-sonnet-20241022",
    "claude-3-5-sonnet-latest,  anthropic, claude-3-5-sonnet-20241022",
    "claude-3-5-haiku-latest,   anthropic, claude-3-5-haiku-20241022",
    "claude-3-7-sonnet-latest,  anthropic, claude-3-7-sonnet-20250219",
    "claude-sonnet-4,           anthropic, claude-sonnet-4-20250514",
    "claude-sonnet-4-0,         anthropic, claude-sonnet-4-20250514",
    "gpt-4o-mini-2024-07-18,    openai,    gpt-4o-mini",
    "gpt-4o-2024-08-06,         openai,    gpt-4o",
    "gpt-4o-2024-11-20,         openai,    gpt-4o",
    "gpt-4.1-2025-04-14,        openai,    gpt-4.1",
    "o3-mini-2025-01-31,        openai,    o3-mini",
    "gemini-2.0-flash-001,      google,    gemini-2.0-flash",
    "models/gemini-2.5-pro,     google,    gemini-2.5-pro",
  })
  void should_resolve_aliases_to_their_dated_model(String alias, String provider, String model) {
    assertThat(table.find(provider, alias)).map(PricedModel::model).contains(model);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "gemini-pro",
        "gpt-4o-2024-05-13",
        "gpt-4",
        "openai/gpt-4o",
        "claude-3-5-sonnet-20240620",
        "gemini-2.5-flash-preview-04-17",
        "GPT-4O"
      })
  void should_leave_unlisted_ids_unknown(String id) {
    assertThat(table.findAnyProvider(id)).isEmpty();
  }

  @Test
  void should_not_find_a_model_under_another_provider() {
    assertThat(table.find("anthropic", "gpt-4o")).isEmpty();
    assertThat(table.find("google", "claude-3-haiku")).isEmpty();
  }

  @Test
  void should_reject_a_table_listing_an_alias_twice() {
    String yaml =
        """
        as_of: 2026-01-01
        source: test
        models:
          - {model: a, provider: openai, aliases: [b], input: 1, output: 2}
          - {model: b, provider: openai, input: 1, output: 2}
        """;
    assertThatThrownBy(() -> read(yaml))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("test.yaml")
        .hasMessageContaining("listed twice for openai: b");
  }

  @Test
  void should_reject_a_model_without_output_price() {
    String yaml =
        """
        as_of: 2026-01-01
        source: test
        models:
          - {model: a, provider: openai, input: 1}
        """;
    assertThatThrownBy(() -> read(yaml))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("test.yaml: every model needs model, provider, input and output");
  }

  private static PriceTable read(String yaml) throws IOException {
    return PriceTable.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  private static void assertEqualOrBothNull(BigDecimal actual, String expected) {
    if (expected == null) {
      assertThat(actual).isNull();
    } else {
      assertThat(actual).isEqualByComparingTo(expected);
    }
  }
}
