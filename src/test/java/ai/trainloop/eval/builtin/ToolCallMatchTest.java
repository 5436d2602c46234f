package ai.trainloop.eval.builtin;

import static ai.trainloop.eval.builtin.BuiltinFixtures.AT;
import static ai.trainloop.eval.builtin.BuiltinFixtures.metric;
import static ai.trainloop.eval.builtin.BuiltinFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.config.ConfigException;
import ai.trainloop.eval.FinishReason;
import ai.trainloop.eval.FunctionCall;
import ai.trainloop.eval.Metric;
import ai.trainloop.eval.Sample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code tool_call}: whether the reply makes the named call, arguments matched as a subset. */
class ToolCallMatchTest {

  private static Sample calling(FunctionCall... calls) {
    return new Sample(
        "s1",
        "weather",
        List.of(),
        "",
        "openai/gpt-4o",
        "",
        List.of(calls),
        FinishReason.TOOL_CALLS);
  }

  private static FunctionCall call(String name, String json) {
    return FunctionCall.of("call_1", name, json);
  }

  @Test
  void should_score_1_when_the_reply_calls_the_tool_by_name() throws Exception {
    Metric m = metric("tool_call", "name", "get_weather");
    assertThat(m.score(calling(call("get_weather", "{\"city\": \"Paris\"}")))).isEqualTo(1.0);
    assertThat(m.score(calling(call("get_time", "{}")))).isEqualTo(0.0);
  }

  @Test
  void should_score_0_for_a_reply_that_calls_no_tool() throws Exception {
    Metric m = metric("tool_call", "name", "get_weather");
    assertThat(m.score(calling())).isEqualTo(0.0);
    assertThat(m.score(new Sample("s1", "", List.of(), "get_weather(Paris)", "m", "recorded")))
        .isEqualTo(0.0);
  }

  @Test
  void should_match_arguments_as_a_recursive_subset() throws Exception {
    Metric m =
        metric(
            "tool_call",
            "name",
            "get_weather",
            "arguments",
            Map.of("city", "Paris", "options", Map.of("unit", "celsius"), "days", List.of(1, 2)));
    String json =
        "{\"city\": \"Paris\", \"country\": \"FR\", \"options\": {\"unit\": \"celsius\","
            + " \"hourly\": true}, \"days\": [1.0, 2]}";
    assertThat(m.score(calling(call("get_weather", json)))).isEqualTo(1.0);
    assertThat(m.score(calling(call("get_weather", "{\"city\": \"Paris\"}")))).isEqualTo(0.0);
    assertThat(
            m.score(
                calling(
                    call(
                        "get_weather",
                        "{\"city\": \"Paris\", \"options\": {\"unit\": \"fahrenheit\"},"
                            + " \"days\": [1, 2]}"))))
        .isEqualTo(0.0);
    assertThat(
            m.score(
                calling(
                    call(
                        "get_weather",
                        "{\"city\": \"Paris\", \"options\": {\"unit\": \"celsius\"},"
                            + " \"days\": [1, 2, 3]}"))))
        .isEqualTo(0.0);
  }

  @Test
  void should_find_the_matching_call_among_several() throws Exception {
    Metric m = metric("tool_call", "name", "get_weather", "arguments", Map.of("city", "Paris"));
    assertThat(
            m.score(
                calling(
                    call("get_weather", "{\"city\": \"Rome\"}"),
                    call("get_weather", "{\"city\": \"Paris\"}"))))
        .isEqualTo(1.0);
  }

  @Test
  void should_not_let_a_string_match_a_number_or_null_match_absence() throws Exception {
    Metric m = metric("tool_call", "name", "f", "arguments", Map.of("n", "1"));
    assertThat(m.score(calling(call("f", "{\"n\": 1}")))).isEqualTo(0.0);
    Map<String, Object> wantsNull = new java.util.HashMap<>();
    wantsNull.put("x", null);
    Metric n = metric("tool_call", "name", "f", "arguments", wantsNull);
    assertThat(n.score(calling(call("f", "{}")))).isEqualTo(0.0);
    assertThat(n.score(calling(call("f", "{\"x\": null}")))).isEqualTo(1.0);
  }

  @Test
  void should_never_match_arguments_the_model_wrote_as_invalid_json() throws Exception {
    FunctionCall broken = call("get_weather", "{\"city\": \"Paris\"");
    assertThat(broken.argumentsValid()).isFalse();
    assertThat(
            metric("tool_call", "name", "get_weather", "arguments", Map.of("city", "Paris"))
                .score(calling(broken)))
        .isEqualTo(0.0);
    // without arguments the call was still made
    assertThat(metric("tool_call", "name", "get_weather").score(calling(broken))).isEqualTo(1.0);
  }

  @Test
  void should_reject_a_declaration_without_a_name_naming_file_line_and_key() {
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class, () -> metric("tool_call", "arguments", Map.of("city", "Paris")));
    assertThat(e.location()).isEqualTo(AT);
    assertThat(e.keyPath()).isEqualTo("trainloop.eval.metrics.m.name");
    assertThat(e.getMessage())
        .startsWith("trainloop.config.yaml:12:5: trainloop.eval.metrics.m.name: ")
        .contains("needs 'name'");
  }

  @Test
  void should_reject_arguments_that_are_not_a_mapping() {
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class,
            () ->
                BuiltinMetrics.create(
                    spec("tool_call", "name", "get_weather", "arguments", List.of("Paris"))));
    assertThat(e.keyPath()).isEqualTo("trainloop.eval.metrics.m.arguments");
    assertThat(e.detail()).contains("expected a mapping").contains("a list");
  }

  @Test
  void should_reject_an_unknown_key_with_a_suggestion() {
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class,
            () -> metric("tool_call", "name", "f", "argument", Map.of("a", 1)));
    assertThat(e.keyPath()).isEqualTo("trainloop.eval.metrics.m.argument");
    assertThat(e.detail()).contains("did you mean 'arguments'");
  }
}
