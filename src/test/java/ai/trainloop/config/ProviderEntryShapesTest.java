package ai.trainloop.config;

import static ai.trainloop.config.ConfigFiles.load;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderEntryShapesTest {
  @TempDir Path dir;

  private List<ProviderEntry> providers(String yaml) {
    return load(dir, yaml).benchmark().providers();
  }

  @Test
  void should_read_the_tutorial_mapping_shape_with_its_settings() {
    List<ProviderEntry> p =
        providers(
            """
        trainloop:
          benchmark:
            providers:
              - provider: openai
                model: gpt-4o
                temperature: 0.7
                max_tokens: 1000
        """);

    assertThat(p)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.provider()).isEqualTo("openai");
              assertThat(e.model()).isEqualTo("gpt-4o");
              assertThat(e.temperature()).isEqualTo(0.7);
              assertThat(e.maxTokens()).isEqualTo(1000);
              assertThat(e.id()).isEqualTo("openai/gpt-4o");
              assertThat(e.location())
                  .isEqualTo(new SourceLocation(dir.resolve(ConfigLocator.FILE_NAME), 4, 9));
            });
  }

  @Test
  void should_split_the_string_shape_at_the_first_slash() {
    List<ProviderEntry> p =
        providers(
            """
        trainloop:
          benchmark:
            providers:
              - openai/gpt-4o
              - "openrouter/meta-llama/llama-3-8b"
        """);

    assertThat(p)
        .extracting(ProviderEntry::provider, ProviderEntry::model)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("openai", "gpt-4o"),
            org.assertj.core.groups.Tuple.tuple("openrouter", "meta-llama/llama-3-8b"));
    assertThat(p.get(1).location().line()).isEqualTo(5);
    assertThat(p.get(1).location().column()).isEqualTo(9);
  }

  @Test
  void should_expand_the_name_models_shape_applying_the_other_keys_to_each_model() {
    List<ProviderEntry> p =
        providers(
            """
        trainloop:
          benchmark:
            providers:
              - name: openai
                models: [gpt-4o, gpt-4o-mini]
                temperature: 0.2
                max_tokens: 300
        """);

    assertThat(p)
        .extracting(ProviderEntry::id)
        .containsExactly("openai/gpt-4o", "openai/gpt-4o-mini");
    assertThat(p)
        .allSatisfy(
            e -> {
              assertThat(e.temperature()).isEqualTo(0.2);
              assertThat(e.maxTokens()).isEqualTo(300);
            });
    assertThat(p).extracting(e -> e.location().column()).containsExactly(18, 26);
  }

  @Test
  void should_give_the_same_entries_whichever_shape_is_used() {
    List<ProviderEntry> mapping =
        providers(
            """
        trainloop:
          benchmark:
            providers:
              - {provider: anthropic, model: claude-3-haiku-20240307}
        """);
    List<ProviderEntry> string =
        providers(
            """
        trainloop:
          benchmark:
            providers: [anthropic/claude-3-haiku-20240307]
        """);
    List<ProviderEntry> named =
        providers(
            """
        trainloop:
          benchmark:
            providers:
              - {name: anthropic, models: [claude-3-haiku-20240307]}
        """);

    assertThat(List.of(mapping, string, named))
        .allSatisfy(
            list ->
                assertThat(list)
                    .singleElement()
                    .usingRecursiveComparison()
                    .ignoringFields("location")
                    .isEqualTo(ProviderEntry.of("anthropic", "claude-3-haiku-20240307")));
  }

  @Test
  void should_normalise_gemini_to_google_and_lower_case_the_provider() {
    List<ProviderEntry> p =
        providers(
            """
        trainloop:
          benchmark:
            providers:
              - gemini/gemini-2.0-flash
              - {provider: Google, model: gemini-pro}
        """);

    assertThat(p)
        .extracting(ProviderEntry::id)
        .containsExactly("google/gemini-2.0-flash", "google/gemini-pro");
  }

  @Test
  void should_accept_the_recorded_provider_without_a_model_in_both_shapes() {
    List<ProviderEntry> p =
        providers(
            """
        trainloop:
          benchmark:
            providers:
              - recorded
        """);
    List<ProviderEntry> q =
        providers(
            """
        trainloop:
          benchmark:
            providers:
              - provider: recorded
                label: production
        """);

    assertThat(p)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.model()).isEqualTo("recorded");
              assertThat(e.id()).isEqualTo("recorded");
            });
    assertThat(q).singleElement().satisfies(e -> assertThat(e.id()).isEqualTo("production"));
  }

  @Test
  void should_read_every_entry_key_with_exact_prices() {
    ProviderEntry e =
        providers(
                """
        trainloop:
          benchmark:
            providers:
              - provider: azure
                model: my-gpt4o-deployment
                base_url: https://example.openai.azure.com
                api_key_env: AZURE_OPENAI_API_KEY
                api_version: 2024-10-21
                label: azure-4o
                rpm: 500
                tpm: 30000
                pricing: {input_per_million: 2.50, output_per_million: 10, cached_input_per_million: 0.075}
        """)
            .get(0);

    assertThat(e.baseUrl()).isEqualTo("https://example.openai.azure.com");
    assertThat(e.apiKeyEnv()).isEqualTo("AZURE_OPENAI_API_KEY");
    assertThat(e.apiVersion()).isEqualTo("2024-10-21");
    assertThat(e.id()).isEqualTo("azure-4o");
    assertThat(e.rpm()).isEqualTo(500);
    assertThat(e.tpm()).isEqualTo(30000);
    assertThat(e.pricing().inputPerMillion()).isEqualTo(new BigDecimal("2.50"));
    assertThat(e.pricing().outputPerMillion()).isEqualTo(new BigDecimal("10"));
    assertThat(e.pricing().cachedInputPerMillion()).isEqualTo(new BigDecimal("0.075"));
  }

  @Test
  void should_let_labels_tell_apart_two_entries_of_the_same_model() {
    List<ProviderEntry> p =
        providers(
            """
        trainloop:
          benchmark:
            providers:
              - {provider: openai, model: gpt-4o, temperature: 0.0, label: gpt-4o-cold}
              - {provider: openai, model: gpt-4o, temperature: 1.0, label: gpt-4o-hot}
        """);

    assertThat(p).extracting(ProviderEntry::id).containsExactly("gpt-4o-cold", "gpt-4o-hot");
  }

  @Test
  void should_apply_yaml_merge_keys_to_provider_entries() {
    List<ProviderEntry> p =
        providers(
            """
        trainloop:
          benchmark:
            providers:
              - &defaults {provider: openai, model: gpt-4o, temperature: 0.3, max_tokens: 200}
              - <<: *defaults
                model: gpt-4o-mini
        """);

    assertThat(p.get(1))
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo("openai/gpt-4o-mini");
              assertThat(e.temperature()).isEqualTo(0.3);
              assertThat(e.maxTokens()).isEqualTo(200);
            });
  }
}
