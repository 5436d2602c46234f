package ai.trainloop.eval.javac;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "HasGreetingWord, has_greeting_word",
    "IsJSONValid, is_json_valid",
    "IsJsonValid, is_json_valid",
    "XMLParser, xml_parser",
    "MyURL, my_url",
    "ABC, abc",
    "Gpt4Judge, gpt4_judge",
    "Has2Words, has2_words",
    "UnderScore_Name, under_score_name",
    "lowercase, lowercase",
    "A, a",
    "ÉtéCheck, été_check",
    "com.acme.metrics.IsShort, is_short",
    "com.acme.Outer$InnerCheck, inner_check"
  })
  void should_name_a_metric_by_its_simple_class_name_in_snake_case(String className, String name) {
    assertThat(MetricNames.snakeCase(className)).isEqualTo(name);
  }
}
