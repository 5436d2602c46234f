package ai.trainloop.config;

import static ai.trainloop.config.ConfigFiles.loadError;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.ProviderRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem names file:line:column, the key path and, for a typo, the nearest valid name. */
class ConfigErrorsTest {
  @TempDir Path dir;

  private Path file() {
    return dir.resolve(ConfigLocator.FILE_NAME);
  }

  @Test
  void should_name_the_nearest_key_for_a_misspelt_key() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          benchmark:
            max_concurent_requests: 5
        """);

    assertThat(e.location()).isEqualTo(new SourceLocation(file(), 3, 5));
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.max_concurent_requests");
    assertThat(e.detail())
        .isEqualTo("unknown key 'max_concurent_requests'; did you mean 'max_concurrent_requests'?");
    assertThat(e.getMessage())
        .isEqualTo(
            file()
                + ":3:5: trainloop.benchmark.max_concurent_requests: "
                + "unknown key 'max_concurent_requests'; did you mean 'max_concurrent_requests'?");
  }

  @Test
  void should_list_the_valid_keys_when_no_key_is_close() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          benchmark:
            retry:
              backoff: exponential
        """);

    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.retry.backoff");
    assertThat(e.detail())
        .isEqualTo("unknown key 'backoff'; expected one of: max_attempts, max_wait");
  }

  @Test
  void should_give_the_list_index_in_the_key_path_of_a_provider_entry() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          benchmark:
            providers:
              - openai/gpt-4o
              - anthropic/claude-3-haiku-20240307
              - provider: openai
                model: gpt-4o-mini
                temprature: 0.7
        """);

    assertThat(e.location()).isEqualTo(new SourceLocation(file(), 8, 9));
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.providers[2].temprature");
    assertThat(e.detail()).isEqualTo("unknown key 'temprature'; did you mean 'temperature'?");
  }

  @Test
  void should_report_a_wrong_type_at_the_value() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          benchmark:
            max_concurrent_requests: five
        """);

    assertThat(e.location()).isEqualTo(new SourceLocation(file(), 3, 30));
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.max_concurrent_requests");
    assertThat(e.detail()).isEqualTo("expected an integer, got 'five'");
  }

  @Test
  void should_report_a_wrong_type_of_a_provider_value() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          benchmark:
            providers:
              - provider: openai
                model: gpt-4o
                temperature: warm
        """);

    assertThat(e.location()).isEqualTo(new SourceLocation(file(), 6, 22));
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.providers[0].temperature");
    assertThat(e.detail()).isEqualTo("expected a number, got 'warm'");
  }

  @Test
  void should_report_a_mapping_where_a_value_was_expected() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          data_folder:
            path: data
        """);

    assertThat(e.location()).isEqualTo(new SourceLocation(file(), 3, 5));
    assertThat(e.detail()).isEqualTo("expected a string, got a mapping");
  }

  @Test
  void should_report_a_value_out_of_range() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          benchmark:
            providers:
              - {provider: openai, model: gpt-4o, temperature: 2.5}
        """);

    assertThat(e.location()).isEqualTo(new SourceLocation(file(), 4, 56));
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.providers[0].temperature");
    assertThat(e.detail()).isEqualTo("must be between 0 and 2, got 2.5");
  }

  @Test
  void should_report_yaml_syntax_errors_with_their_position() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          benchmark:
            providers: [openai/gpt-4o
            max_samples: 10
        """);

    assertThat(e.location()).isEqualTo(new SourceLocation(file(), 4, 16));
    assertThat(e.keyPath()).isNull();
    assertThat(e.detail())
        .isEqualTo(
            "invalid YAML: expected ',' or ']', but got : "
                + "(while parsing a flow sequence that starts at line 3)");
  }

  @Test
  void should_report_a_tab_in_the_indentation_at_its_position() {
    ConfigException e = loadError(dir, "trainloop:\n\tdata_folder: data\n");

    assertThat(e.location()).isEqualTo(new SourceLocation(file(), 2, 1));
    assertThat(e.detail()).contains("Do not use").contains("TAB");
  }

  @Test
  void should_say_that_an_empty_file_needs_a_trainloop_key() {
    ConfigException e = loadError(dir, "# nothing here yet\n");

    assertThat(e.getMessage())
        .isEqualTo(
            file()
                + ":1:1: the file is empty; it needs a top-level 'trainloop:' key "
                + "with the settings under it");
  }

  @Test
  void should_say_when_settings_are_not_under_the_trainloop_key() {
    ConfigException e =
        loadError(
            dir,
            """
        data_folder: data
        benchmark:
          max_samples: 3
        """);

    assertThat(e.location()).isEqualTo(new SourceLocation(file(), 1, 1));
    assertThat(e.detail())
        .isEqualTo("'data_folder' must be indented under a top-level 'trainloop:' key");
  }

  @Test
  void should_suggest_trainloop_for_a_misspelt_top_level_key() {
    ConfigException e =
        loadError(
            dir,
            """
        trainlop:
          data_folder: data
        """);

    assertThat(e.keyPath()).isEqualTo("trainlop");
    assertThat(e.detail()).isEqualTo("unknown key 'trainlop'; did you mean 'trainloop'?");
  }

  @Test
  void should_reject_a_document_that_is_not_a_mapping() {
    ConfigException e = loadError(dir, "- trainloop\n");

    assertThat(e.detail())
        .isEqualTo("expected a mapping with a top-level 'trainloop:' key, got a list");
  }

  @Test
  void should_reject_a_duplicate_key_and_say_where_the_first_one_is() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          benchmark:
            max_samples: 10
            max_samples: 20
        """);

    assertThat(e.location()).isEqualTo(new SourceLocation(file(), 4, 5));
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.max_samples");
    assertThat(e.detail()).isEqualTo("duplicate key 'max_samples' (first at line 3)");
  }

  @Test
  void should_name_a_missing_file() {
    ConfigException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ConfigException.class,
            () -> new ConfigLoader(ProviderRegistry.builtIn()).load(dir.resolve("absent.yaml")));

    assertThat(e.getMessage()).isEqualTo(dir.resolve("absent.yaml") + ": no such file");
  }

  @Test
  void should_treat_a_document_marker_alone_as_an_empty_file() {
    ConfigException e = loadError(dir, "---\n");

    assertThat(e.detail()).startsWith("the file is empty");
  }

  @Test
  void should_reject_a_second_document() {
    ConfigException e = loadError(dir, "---\ntrainloop:\n---\ntrainloop:\n");

    assertThat(e.location()).isEqualTo(new SourceLocation(file(), 3, 1));
    assertThat(e.detail()).contains("expected a single document");
  }

  @Test
  void should_reject_text_that_is_not_utf8() throws java.io.IOException {
    java.nio.file.Files.write(
        file(), new byte[] {'t', 'r', 'a', 'i', 'n', 'l', 'o', 'o', 'p', ':', ' ', (byte) 0xE9});

    ConfigException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ConfigException.class, () -> new ConfigLoader(ProviderRegistry.builtIn()).load(file()));

    assertThat(e.getMessage()).isEqualTo(file() + ": not valid UTF-8 text");
  }

  @Test
  void should_reject_a_merge_key_that_merges_a_mapping_into_itself() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          benchmark: &loop
            <<: *loop
        """);

    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark");
    assertThat(e.detail()).isEqualTo("'<<' merges a mapping into itself");
  }

  @Test
  void should_reject_a_recursive_alias_in_metric_parameters() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          eval:
            metrics:
              m: {type: contains, any: &a [*a]}
        """);

    assertThat(e.detail()).isEqualTo("an alias refers to a value that contains it");
  }
}
