package ai.trainloop.config;

import static ai.trainloop.config.ConfigFiles.load;
import static ai.trainloop.config.ConfigFiles.loadError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSectionTest {
  @TempDir Path dir;

  @Test
  void should_read_metrics_with_their_parameters_as_plain_values() {
    List<MetricSpec> metrics =
        load(
                dir,
                """
        trainloop:
          eval:
            metrics:
              has_greeting_word: {type: contains, any: [hello, hi], ignore_case: true}
              is_short: {type: max_words, value: 25}
              close_enough: {type: similar_to_recorded, threshold: 0.8, options: {mode: tokens}}
        """)
            .metrics();

    assertThat(metrics)
        .extracting(MetricSpec::name)
        .containsExactly("has_greeting_word", "is_short", "close_enough");
    assertThat(metrics.get(0).type()).isEqualTo("contains");
    assertThat(metrics.get(0).params())
        .containsExactly(entry("any", List.of("hello", "hi")), entry("ignore_case", true));
    assertThat(metrics.get(1).params()).containsExactly(entry("value", 25L));
    assertThat(metrics.get(2).params())
        .containsExactly(entry("threshold", 0.8), entry("options", Map.of("mode", "tokens")));
    assertThat(metrics.get(1).location().line()).isEqualTo(5);
  }

  @Test
  void should_keep_yes_no_and_dates_as_strings_in_parameters() {
    MetricSpec m =
        load(
                dir,
                """
        trainloop:
          eval:
            metrics:
              answers_yes_or_no: {type: contains, any: [yes, no, on, off], since: 2024-01-01}
        """)
            .metrics()
            .get(0);

    assertThat(m.params())
        .containsExactly(
            entry("any", List.of("yes", "no", "on", "off")), entry("since", "2024-01-01"));
  }

  @Test
  void should_require_a_type_for_each_metric() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          eval:
            metrics:
              is_short: {value: 25}
        """);

    assertThat(e.location().line()).isEqualTo(4);
    assertThat(e.keyPath()).isEqualTo("trainloop.eval.metrics.is_short");
    assertThat(e.detail()).isEqualTo("missing 'type' (like type: contains)");
  }

  @Test
  void should_read_suites_written_as_a_list() {
    List<SuiteSpec> suites =
        load(
                dir,
                """
        trainloop:
          eval:
            suites:
              - tag: greeting-generation
                metrics: [has_greeting_word, is_short]
              - {tag: simple-qa, metrics: is_short}
        """)
            .suites();

    assertThat(suites)
        .extracting(SuiteSpec::tag, SuiteSpec::metrics)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "greeting-generation", List.of("has_greeting_word", "is_short")),
            org.assertj.core.groups.Tuple.tuple("simple-qa", List.of("is_short")));
    assertThat(suites.get(1).location().line()).isEqualTo(6);
  }

  @Test
  void should_read_suites_written_as_a_mapping_of_names() {
    List<SuiteSpec> suites =
        load(
                dir,
                """
        trainloop:
          eval:
            suites:
              greetings: {tag: greeting-generation, metrics: [has_greeting_word]}
              untagged: {tag: "", metrics: [is_short]}
        """)
            .suites();

    assertThat(suites).extracting(SuiteSpec::tag).containsExactly("greeting-generation", "");
  }

  @Test
  void should_name_the_suite_in_the_key_path_of_an_error() {
    ConfigException listForm =
        loadError(
            dir,
            """
        trainloop:
          eval:
            suites:
              - {tag: a, metrics: [m]}
              - {tag: b, metric: [m]}
        """);
    ConfigException mappingForm =
        loadError(
            dir,
            """
        trainloop:
          eval:
            suites:
              greetings: {metrics: [m]}
        """);

    assertThat(listForm.keyPath()).isEqualTo("trainloop.eval.suites[1].metric");
    assertThat(listForm.detail()).isEqualTo("unknown key 'metric'; did you mean 'metrics'?");
    assertThat(mappingForm.keyPath()).isEqualTo("trainloop.eval.suites.greetings");
    assertThat(mappingForm.detail()).startsWith("missing 'tag'");
  }

  @Test
  void should_require_at_least_one_metric_in_a_suite() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          eval:
            suites:
              - {tag: a, metrics: []}
        """);

    assertThat(e.keyPath()).isEqualTo("trainloop.eval.suites[0].metrics");
    assertThat(e.detail()).isEqualTo("a suite needs at least one metric");
  }

  @Test
  void should_read_the_metric_timeout_in_seconds_with_a_60_s_default() {
    assertThat(load(dir, "trainloop:\n  eval:\n    metric_timeout: 2.5\n").metricTimeout())
        .isEqualTo(java.time.Duration.ofMillis(2500));
    assertThat(load(dir, "trainloop:\n  eval: {}\n").metricTimeout())
        .isEqualTo(java.time.Duration.ofSeconds(60));
  }

  @Test
  void should_reject_a_metric_timeout_that_is_not_a_positive_number_at_its_line() {
    ConfigException zero = loadError(dir, "trainloop:\n  eval:\n    metric_timeout: 0\n");
    ConfigException text = loadError(dir, "trainloop:\n  eval:\n    metric_timeout: soon\n");

    assertThat(zero.location().line()).isEqualTo(3);
    assertThat(zero.keyPath()).isEqualTo("trainloop.eval.metric_timeout");
    assertThat(zero.detail()).contains("must be greater than 0, got 0");
    assertThat(text.location().line()).isEqualTo(3);
    assertThat(text.keyPath()).isEqualTo("trainloop.eval.metric_timeout");
  }
}
