package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.ProviderEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSelectorTest {
  private final List<ProviderEntry> entries =
      List.of(
          ProviderEntry.of("openai", "gpt-4o"),
          ProviderEntry.of("openai", "gpt-4o-mini"),
          ProviderEntry.of("anthropic", "claude-3-haiku-20240307"),
          ProviderEntry.of("anthropic", "claude-3-5-sonnet-20241022"));

  @Test
  void should_match_the_tutorials_short_names_by_bare_name_and_unique_prefix() {
    assertThat(ModelSelector.select(entries, List.of("gpt-4o-mini", "claude-3-haiku")))
        .extracting(ProviderEntry::id)
        .containsExactly("openai/gpt-4o-mini", "anthropic/claude-3-haiku-20240307");
  }

  @Test
  void should_prefer_an_exact_name_over_a_prefix() {
    assertThat(ModelSelector.select(entries, List.of("gpt-4o")))
        .extracting(ProviderEntry::id)
        .containsExactly("openai/gpt-4o");
  }

  @Test
  void should_match_table_ids_and_keep_config_order() {
    assertThat(
            ModelSelector.select(
                entries, List.of("anthropic/claude-3-5-sonnet-20241022", "openai/gpt-4o")))
        .extracting(ProviderEntry::id)
        .containsExactly("openai/gpt-4o", "anthropic/claude-3-5-sonnet-20241022");
  }

  @Test
  void should_reject_an_unknown_or_ambiguous_name_listing_the_choices() {
    assertThatThrownBy(() -> ModelSelector.select(entries, List.of("gemini-pro")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--models")
        .hasMessageContaining("openai/gpt-4o-mini");
    assertThatThrownBy(() -> ModelSelector.select(entries, List.of("claude-3")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("matches several models");
  }
}
