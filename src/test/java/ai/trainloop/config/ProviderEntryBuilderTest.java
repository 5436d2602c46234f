package ai.trainloop.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProviderEntryBuilderTest {
  private static final PriceOverride PRICE =
      new PriceOverride(BigDecimal.ONE, BigDecimal.TEN, null);
  private static final SourceLocation AT = new SourceLocation(Path.of("c.yaml"), 3, 5);

  @Test
  void should_leave_every_unset_key_null() {
    assertThat(ProviderEntry.builder().provider("openai").model("gpt-4o").build())
        .isEqualTo(
            new ProviderEntry(
                "openai", "gpt-4o", null, null, null, null, null, null, null, null, null, null))
        .isEqualTo(ProviderEntry.of("openai", "gpt-4o"));
  }

  @Test
  void should_put_each_named_key_where_the_record_has_it() {
    assertThat(full())
        .isEqualTo(
            new ProviderEntry(
                "azure",
                "dep",
                0.2,
                64,
                "https://x",
                "KEY_VAR",
                "prod",
                PRICE,
                10,
                2000,
                "2024-10-21",
                AT));
  }

  @Test
  void should_copy_every_key_with_to_builder_and_change_only_the_one_named() {
    ProviderEntry e = full();

    assertThat(e.toBuilder().build()).isEqualTo(e);
    assertThat(e.withTemperature(null))
        .isEqualTo(
            new ProviderEntry(
                "azure",
                "dep",
                null,
                64,
                "https://x",
                "KEY_VAR",
                "prod",
                PRICE,
                10,
                2000,
                "2024-10-21",
                AT));
    assertThat(e.temperature()).isEqualTo(0.2);
  }

  private static ProviderEntry full() {
    return ProviderEntry.builder()
        .provider("azure")
        .model("dep")
        .temperature(0.2)
        .maxTokens(64)
        .baseUrl("https://x")
        .apiKeyEnv("KEY_VAR")
        .label("prod")
        .pricing(PRICE)
        .rpm(10)
        .tpm(2000)
        .apiVersion("2024-10-21")
        .location(AT)
        .build();
  }
}
