package ai.trainloop.eval.builtin;

import static ai.trainloop.eval.builtin.BuiltinFixtures.AT;
import static ai.trainloop.eval.builtin.BuiltinFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.MetricSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltinParamsTest {

  private static ConfigException rejected(MetricSpec spec) {
    return catchThrowableOfType(ConfigException.class, () -> BuiltinMetrics.create(spec));
  }

  @Test
  void should_reject_an_unknown_type_and_suggest_the_nearest() {
    ConfigException e = rejected(new MetricSpec("is_short", "max_word", Map.of("value", 25), AT));

    assertThat(e.location()).isEqualTo(AT);
    assertThat(e.keyPath()).isEqualTo("trainloop.eval.metrics.is_short.type");
    assertThat(e.detail())
        .startsWith("unknown metric type 'max_word'; did you mean 'max_words'?")
        .contains("contains, not_contains, regex");
    assertThat(e.getMessage())
        .startsWith(
            "trainloop.config.yaml:12:5: trainloop.eval.metrics.is_short.type: unknown metric type");
  }

  @Test
  void should_reject_a_declaration_without_a_type() {
    ConfigException e = rejected(new MetricSpec("is_short", null, Map.of("value", 25), AT));

    assertThat(e.keyPath()).isEqualTo("trainloop.eval.metrics.is_short.type");
    assertThat(e.detail()).startsWith("a metric needs a type, one of: contains,");
  }

  @Test
  void should_reject_an_unknown_param_and_suggest_the_nearest() {
    ConfigException e = rejected(spec("contains", "any", List.of("hi"), "ignorecase", true));

    assertThat(e.location()).isEqualTo(AT);
    assertThat(e.keyPath()).isEqualTo("trainloop.eval.metrics.m.ignorecase");
    assertThat(e.detail())
        .isEqualTo(
            "unknown key 'ignorecase' for a contains metric; did you mean 'ignore_case'?"
                + " (valid keys: any, all, ignore_case, whole_word)");
  }

  @Test
  void should_say_when_a_type_takes_no_params() {
    ConfigException e = rejected(spec("json_valid", "strict", true));

    assertThat(e.keyPath()).isEqualTo("trainloop.eval.metrics.m.strict");
    assertThat(e.detail()).contains("unknown key 'strict'").contains("it takes no parameters");
  }

  static List<Arguments> badParams() {
    return List.of(
        Arguments.of(spec("max_words"), "value", "a max_words metric needs 'value'"),
        Arguments.of(
            spec("max_words", "value", "25"),
            "value",
            "expected a whole number >= 0 (the largest number of words that passes, e.g. value: 25), got the string"
                + " \"25\""),
        Arguments.of(spec("min_words", "value", -1), "value", "expected a whole number >= 0"),
        Arguments.of(spec("max_chars", "value", 2.5), "value", "got 2.5"),
        Arguments.of(spec("max_chars", "value", 3_000_000_000L), "value", "got 3000000000"),
        Arguments.of(spec("max_chars", "value", null), "value", "got nothing"),
        Arguments.of(spec("contains"), "any", "a contains metric needs 'any'"),
        Arguments.of(
            spec("contains", "any", List.of("a"), "all", List.of("b")),
            "all",
            "either 'any' or 'all'"),
        Arguments.of(
            spec("contains", "any", "hello"), "any", "expected a non-empty list of strings"),
        Arguments.of(spec("contains", "all", List.of()), "all", "got an empty list"),
        Arguments.of(
            spec("contains", "any", List.of("hi", "")), "any", "an item is the string \"\""),
        Arguments.of(
            spec("contains", "any", List.of(Map.of("a", 1))), "any", "an item is a mapping"),
        Arguments.of(
            spec("contains", "any", List.of("hi"), "ignore_case", "yes"),
            "ignore_case",
            "expected true or false, got the string \"yes\""),
        Arguments.of(spec("not_contains"), "any", "a not_contains metric needs 'any'"),
        Arguments.of(spec("not_contains", "all", List.of("x")), "all", "unknown key 'all'"),
        Arguments.of(spec("regex"), "pattern", "a regex metric needs 'pattern'"),
        Arguments.of(spec("regex", "pattern", 42), "pattern", "expected a non-empty string"),
        Arguments.of(
            spec("similar_to_recorded", "threshold", 1.5),
            "threshold",
            "expected a number between 0 and 1, got 1.5"),
        Arguments.of(
            spec("similar_to_recorded", "threshold", "high"), "threshold", "expected a number"));
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @MethodSource("badParams")
  void should_reject_a_missing_or_ill_typed_param_at_its_key(
      MetricSpec spec, String key, String message) {
    ConfigException e = rejected(spec);

    assertThat(e).as("a ConfigException for %s", spec).isNotNull();
    assertThat(e.location()).isEqualTo(AT);
    assertThat(e.keyPath()).isEqualTo("trainloop.eval.metrics.m." + key);
    assertThat(e.detail()).contains(message);
  }

  @Test
  void should_reject_an_invalid_regex_with_the_regex_error() {
    ConfigException e = rejected(spec("regex", "pattern", "(unclosed"));

    assertThat(e.keyPath()).isEqualTo("trainloop.eval.metrics.m.pattern");
    assertThat(e.detail())
        .isEqualTo("invalid regular expression: Unclosed group near index 9 in '(unclosed'");
  }

  @Test
  void should_accept_numbers_as_strings_to_look_for() throws Exception {
    var m = BuiltinMetrics.create(spec("contains", "any", List.of(42)));

    assertThat(m.score(BuiltinFixtures.reply("The answer is 42."))).isEqualTo(1.0);
  }

  @Test
  void should_build_every_declaration_in_order_and_reject_a_name_declared_twice() {
    MetricSpec isShort = new MetricSpec("is_short", "max_words", Map.of("value", 25), AT);
    MetricSpec isJson = new MetricSpec("is_json", "json_valid", Map.of(), AT);

    assertThat(BuiltinMetrics.createAll(List.of(isShort, isJson)))
        .containsOnlyKeys("is_short", "is_json")
        .extractingFromEntries(Map.Entry::getKey)
        .containsExactly("is_short", "is_json");
    assertThat(
            catchThrowableOfType(
                    ConfigException.class,
                    () -> BuiltinMetrics.createAll(List.of(isShort, isShort)))
                .detail())
        .isEqualTo("metric declared twice");
  }

  @Test
  void should_list_every_documented_type() {
    assertThat(BuiltinMetrics.types())
        .containsExactly(
            "contains",
            "not_contains",
            "regex",
            "max_words",
            "min_words",
            "max_chars",
            "min_chars",
            "json_valid",
            "similar_to_recorded",
            "equals_recorded",
            "tool_call",
            "max_latency",
            "max_cost",
            "judge",
            "judge_pairwise");
  }
}
