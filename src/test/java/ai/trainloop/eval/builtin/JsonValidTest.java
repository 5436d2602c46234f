package ai.trainloop.eval.builtin;

import static ai.trainloop.eval.builtin.BuiltinFixtures.metric;
import static ai.trainloop.eval.builtin.BuiltinFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.eval.Metric;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonValidTest {
  private final Metric jsonValid = metric("json_valid");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\": \"Ada\", \"age\": 36}",
        "  [1, 2, 3]\n",
        "```json\n{\"ok\": true}\n```",
        "```JSON\n[\n  {\"a\": 1}\n]\n```\n",
        "```\n{\"bare\": \"fence\"}\n```",
        "```json {\"one\": \"line\"} ```",
        "42",
        "\"a string\""
      })
  void should_pass_a_reply_that_is_one_json_text(String reply) throws Exception {
    assertThat(score(jsonValid, reply)).isEqualTo(1.0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "Sure! Here you go.",
        "{\"a\": 1,}",
        "{'a': 1}",
        "{\"a\": 1} and more",
        "{\"a\": 1}{\"b\": 2}",
        "{\"a\": 1 // comment\n}",
        "Here is the JSON:\n```json\n{\"a\": 1}\n```",
        "```json\n{\"a\": \n```",
        "```json\n```"
      })
  void should_fail_a_reply_that_is_not_exactly_json(String reply) throws Exception {
    assertThat(score(jsonValid, reply)).isEqualTo(0.0);
  }
}
