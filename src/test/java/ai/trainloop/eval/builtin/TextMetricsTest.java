package ai.trainloop.eval.builtin;

import static ai.trainloop.eval.builtin.BuiltinFixtures.metric;
import static ai.trainloop.eval.builtin.BuiltinFixtures.reply;
import static ai.trainloop.eval.builtin.BuiltinFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trainloop.eval.Metric;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

  @Nested
  class Contains {
    @Test
    void should_pass_when_any_listed_string_appears() throws Exception {
      Metric m = metric("contains", "any", List.of("hello", "hi"));

      assertThat(score(m, "Well, hello there")).isEqualTo(1.0);
      assertThat(score(m, "Good morning")).isEqualTo(0.0);
    }

    @Test
    void should_require_every_string_with_all() throws Exception {
      Metric m = metric("contains", "all", List.of("price", "USD"));

      assertThat(score(m, "The price is 4 USD")).isEqualTo(1.0);
      assertThat(score(m, "The price is 4 EUR")).isEqualTo(0.0);
    }

    @Test
    void should_match_case_sensitively_unless_ignore_case() throws Exception {
      assertThat(score(metric("contains", "any", List.of("hello")), "HELLO!")).isEqualTo(0.0);
      assertThat(score(metric("contains", "any", List.of("hello"), "ignore_case", true), "HELLO!"))
          .isEqualTo(1.0);
      assertThat(score(metric("contains", "any", List.of("été"), "ignore_case", true), "ÉTÉ"))
          .isEqualTo(1.0);
    }

    @Test
    void should_match_inside_words_unless_whole_word() throws Exception {
      Metric substring = metric("contains", "any", List.of("hi"));
      Metric wholeWord = metric("contains", "any", List.of("hi"), "whole_word", true);

      assertThat(score(substring, "this is fine")).isEqualTo(1.0);
      assertThat(score(wholeWord, "this is fine")).isEqualTo(0.0);
      assertThat(score(wholeWord, "Oh, hi!")).isEqualTo(1.0);
    }

    @Test
    void should_take_regex_characters_literally() throws Exception {
      Metric m = metric("contains", "any", List.of("a.b", "(x"));

      assertThat(score(m, "axb")).isEqualTo(0.0);
      assertThat(score(m, "see (x")).isEqualTo(1.0);
    }

    @Test
    void should_fail_an_empty_reply() throws Exception {
      assertThat(score(metric("contains", "any", List.of("hello")), "")).isEqualTo(0.0);
    }
  }

  @Test
  void not_contains_should_fail_when_any_listed_string_appears() throws Exception {
    Metric m = metric("not_contains", "any", List.of("sorry", "as an AI"), "ignore_case", true);

    assertThat(score(m, "Here is your answer.")).isEqualTo(1.0);
    assertThat(score(m, "Sorry, I can't.")).isEqualTo(0.0);
    assertThat(score(m, "AS AN AI model...")).isEqualTo(0.0);
    assertThat(score(m, "")).isEqualTo(1.0);
  }

  @Test
  void regex_should_pass_when_the_pattern_is_found_anywhere() throws Exception {
    Metric m = metric("regex", "pattern", "\\d{3}-\\d{4}");

    assertThat(score(m, "Call 555-1234 today")).isEqualTo(1.0);
    assertThat(score(m, "Call us today")).isEqualTo(0.0);
  }

  @Test
  void regex_should_honour_ignore_case_and_inline_flags() throws Exception {
    assertThat(score(metric("regex", "pattern", "^dear"), "Dear Sam")).isEqualTo(0.0);
    assertThat(score(metric("regex", "pattern", "^dear", "ignore_case", true), "Dear Sam"))
        .isEqualTo(1.0);
    assertThat(score(metric("regex", "pattern", "(?m)^Regards$"), "Hi\nRegards\nSam"))
        .isEqualTo(1.0);
  }

  @Test
  void equals_recorded_should_ignore_surrounding_and_repeated_whitespace() throws Exception {
    Metric m = metric("equals_recorded");

    assertThat(m.score(reply("  Hello,\n  world ", "Hello, world"))).isEqualTo(1.0);
    assertThat(m.score(reply("Hello, World", "Hello, world"))).isEqualTo(0.0);
    assertThat(
            metric("equals_recorded", "ignore_case", true)
                .score(reply("Hello, World", "hello, world")))
        .isEqualTo(1.0);
  }

  @Test
  void equals_recorded_should_throw_when_nothing_was_recorded() {
    assertThatThrownBy(() -> metric("equals_recorded").score(reply("Hello", "")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no reply to compare with");
  }
}
