package ai.trainloop.config;

import static ai.trainloop.config.ConfigFiles.loadError;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderEntryErrorsTest {
  @TempDir Path dir;

  private ConfigException error(String providersYaml) {
    return loadError(dir, "trainloop:\n  benchmark:\n    providers:\n" + providersYaml.indent(6));
  }

  @Test
  void should_suggest_the_nearest_provider_name() {
    ConfigException e = error("- {provider: antropic, model: claude-3-haiku-20240307}");

    assertThat(e.location())
        .isEqualTo(new SourceLocation(dir.resolve(ConfigLocator.FILE_NAME), 4, 20));
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.providers[0].provider");
    assertThat(e.detail()).isEqualTo("unknown provider 'antropic'; did you mean 'anthropic'?");
  }

  @Test
  void should_suggest_the_nearest_provider_in_the_string_shape() {
    ConfigException e = error("- opnai/gpt-4o");

    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.providers[0]");
    assertThat(e.detail()).isEqualTo("unknown provider 'opnai'; did you mean 'openai'?");
  }

  @Test
  void should_list_the_known_providers_when_none_is_close() {
    ConfigException e = error("- {provider: mistral, model: mistral-large}");

    assertThat(e.detail())
        .isEqualTo(
            "unknown provider 'mistral'; known providers: openai, anthropic, google, "
                + "openai-compatible, ollama, openrouter, groq, together, azure, recorded");
  }

  @Test
  void should_reject_a_bare_model_name_as_a_string_entry() {
    ConfigException e = error("- gpt-4o");

    assertThat(e.detail())
        .isEqualTo("expected 'provider/model' (like 'openai/gpt-4o') or 'recorded', got 'gpt-4o'");
  }

  @Test
  void should_say_that_a_provider_name_alone_needs_a_model() {
    ConfigException e = error("- anthropic");

    assertThat(e.detail()).endsWith("; 'anthropic' needs a model, like 'anthropic/<model>'");
  }

  @Test
  void should_require_a_model_in_the_mapping_shape() {
    ConfigException e = error("- provider: openai\n  temperature: 0.5");

    assertThat(e.location().line()).isEqualTo(4);
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.providers[0]");
    assertThat(e.detail()).isEqualTo("missing 'model' (or 'models: [...]') for provider openai");
  }

  @Test
  void should_require_a_base_url_for_openai_compatible_and_azure() {
    ConfigException compatible = error("- {provider: openai-compatible, model: llama-3}");
    ConfigException azure = error("- azure/my-deployment");

    assertThat(compatible.detail())
        .isEqualTo("openai-compatible needs a 'base_url' (the server's address)");
    assertThat(azure.detail()).isEqualTo("azure needs a 'base_url' (the server's address)");
  }

  @Test
  void should_tell_the_user_to_add_a_label_when_two_entries_share_an_id() {
    ConfigException e =
        error(
            """
        - openai/gpt-4o
        - provider: openai
          model: gpt-4o
          temperature: 0.1
        """);

    assertThat(e.location().line()).isEqualTo(5);
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.providers[1]");
    assertThat(e.detail())
        .isEqualTo(
            "the model id 'openai/gpt-4o' is configured twice (first at line 4); "
                + "give one of them a distinct 'label'");
  }

  @Test
  void should_treat_gemini_and_google_entries_of_one_model_as_the_same_id() {
    ConfigException e = error("- gemini/gemini-pro\n- google/gemini-pro");

    assertThat(e.detail()).startsWith("the model id 'google/gemini-pro' is configured twice");
  }

  @Test
  void should_check_the_ranges_of_max_tokens_rpm_and_tpm() {
    assertThat(error("- {provider: openai, model: gpt-4o, max_tokens: 0}").detail())
        .isEqualTo("must be at least 1, got 0");
    assertThat(error("- {provider: openai, model: gpt-4o, rpm: -5}").keyPath())
        .isEqualTo("trainloop.benchmark.providers[0].rpm");
    assertThat(error("- {provider: openai, model: gpt-4o, tpm: 1.5}").detail())
        .isEqualTo("expected an integer, got '1.5'");
  }

  @Test
  void should_reject_an_anthropic_temperature_above_one_before_anything_is_sent() {
    ConfigException e =
        error("- {provider: anthropic, model: claude-3-5-sonnet-20241022, temperature: 1.5}");

    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.providers[0].temperature");
    assertThat(e.detail()).isEqualTo("anthropic accepts a temperature between 0 and 1, got 1.5");
  }

  @Test
  void should_not_echo_an_api_key_pasted_into_api_key_env() {
    ConfigException e =
        error("- {provider: openai, model: gpt-4o, api_key_env: sk-proj-abc123secret}");

    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.providers[0].api_key_env");
    assertThat(e.getMessage()).doesNotContain("sk-proj-abc123secret");
    assertThat(e.detail()).contains("name of an environment variable");
  }

  @Test
  void should_reject_a_base_url_that_is_not_http() {
    ConfigException e = error("- {provider: ollama, model: llama3, base_url: 'localhost:11434'}");

    assertThat(e.detail()).isEqualTo("expected an http:// or https:// URL with a host");
  }

  @Test
  void should_reject_a_recorded_entry_with_a_model() {
    ConfigException e = error("- {provider: recorded, model: gpt-4o}");

    assertThat(e.detail())
        .isEqualTo("the recorded provider replays the recorded replies and takes no model");
  }

  @Test
  void should_reject_an_entry_that_is_a_list() {
    ConfigException e = error("- [openai, gpt-4o]");

    assertThat(e.detail())
        .isEqualTo(
            "expected a provider entry ({provider: …, model: …} or 'provider/model'), got a list");
  }

  @Test
  void should_reject_both_provider_and_name() {
    ConfigException e = error("- {provider: openai, name: openai, models: [gpt-4o]}");

    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.providers[0].name");
    assertThat(e.detail()).isEqualTo("give either 'provider' or 'name', not both");
  }

  @Test
  void should_require_at_least_one_price_in_a_pricing_block() {
    ConfigException e = error("- {provider: openai, model: gpt-4o, pricing: {}}");

    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.providers[0].pricing");
    assertThat(e.detail()).startsWith("set at least one of input_per_million");
  }
}
