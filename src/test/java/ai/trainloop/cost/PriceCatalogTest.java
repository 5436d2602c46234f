package ai.trainloop.cost;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.PriceOverride;
import ai.trainloop.config.ProviderEntry;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceCatalogTest {

  @Test
  void should_list_bundled_models_then_user_overrides_marked_as_such() {
    // given one top-level override for a bundled alias, one for an unknown model, and one entry
    // override
    Map<String, PriceOverride> pricing = new LinkedHashMap<>();
    pricing.put(
        "claude-3-haiku", new PriceOverride(new BigDecimal("0.20"), new BigDecimal("1.00"), null));
    pricing.put(
        "llama-3.3-70b-versatile",
        new PriceOverride(new BigDecimal("0.59"), new BigDecimal("0.79"), null));
    PriceResolver resolver = new PriceResolver(PriceTable.bundled(), pricing);
    ProviderEntry entry =
        ProviderEntry.builder()
            .provider("openai")
            .model("gpt-4o")
            .label("prod")
            .pricing(new PriceOverride(null, new BigDecimal("11"), null))
            .build();
    // when
    List<ProviderEntry> entries = List.of(entry, ProviderEntry.of("openai", "o3-mini"));
    List<PriceListing> rows = new PriceCatalog(resolver).listings(entries);
    // then every bundled model comes first, unmarked
    int bundled = PriceTable.bundled().models().size();
    assertThat(rows).hasSize(bundled + 3);
    assertThat(rows.subList(0, bundled)).noneMatch(PriceListing::userOverride);
    PriceListing sonnet4 =
        rows.stream()
            .filter(r -> r.model().equals("claude-sonnet-4-20250514"))
            .findFirst()
            .orElseThrow();
    assertThat(sonnet4.aliases()).containsExactly("claude-sonnet-4", "claude-sonnet-4-0");
    assertThat(sonnet4.longContext())
        .isEqualTo(
            "above 200000 input tokens, whole call: input 6.00, output 22.50, cached input 0.60, cache write 7.50");
    assertThat(sonnet4.source())
        .isEqualTo("bundled table as of 2026-11-28: claude-sonnet-4-20250514");
    // and the overrides follow, marked
    PriceListing haiku = rows.get(bundled);
    assertThat(haiku)
        .isEqualTo(
            new PriceListing(
                "claude-3-haiku",
                "anthropic",
                List.of(),
                new BigDecimal("0.20"),
                new BigDecimal("1.00"),
                null,
                null,
                "",
                "config: trainloop.pricing.claude-3-haiku",
                true));
    PriceListing llama = rows.get(bundled + 1);
    assertThat(llama.provider()).isEqualTo("any");
    assertThat(llama.output()).isEqualByComparingTo("0.79");
    PriceListing prod = rows.get(bundled + 2);
    assertThat(prod.model()).isEqualTo("gpt-4o");
    assertThat(prod.userOverride()).isTrue();
    assertThat(prod.input()).isEqualByComparingTo("2.50");
    assertThat(prod.output()).isEqualByComparingTo("11");
    assertThat(prod.source()).startsWith("config: prod pricing, other rates from bundled table");
  }

  @Test
  void should_show_an_incomplete_override_without_prices() {
    Map<String, PriceOverride> pricing =
        Map.of("my-model", new PriceOverride(null, new BigDecimal("1"), null));
    List<PriceListing> rows =
        new PriceCatalog(new PriceResolver(PriceTable.bundled(), pricing)).listings(List.of());
    PriceListing row = rows.get(rows.size() - 1);
    assertThat(row.input()).isNull();
    assertThat(row.output()).isNull();
    assertThat(row.source())
        .isEqualTo("config: trainloop.pricing.my-model (incomplete: no input or output rate)");
  }
}
