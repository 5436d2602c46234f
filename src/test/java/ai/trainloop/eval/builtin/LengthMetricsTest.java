package ai.trainloop.eval.builtin;

import static ai.trainloop.eval.builtin.BuiltinFixtures.metric;
import static ai.trainloop.eval.builtin.BuiltinFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.eval.Metric;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LengthMetricsTest {

  static List<Arguments> texts() {
    return List.of(
        Arguments.of("Hello, world!", 2),
        Arguments.of("  leading and   trailing  ", 3),
        Arguments.of("state-of-the-art", 1),
        Arguments.of("tabs\tand\nnew lines", 4),
        Arguments.of("no\u00a0break\u2003space", 3),
        Arguments.of("", 0),
        Arguments.of("   ", 0));
  }

  @ParameterizedTest(name = "[{index}] {1} words")
  @MethodSource("texts")
  void should_count_runs_of_non_space_characters_as_words(String text, int words) {
    assertThat(LengthMetrics.words(text)).isEqualTo(words);
  }

  @Test
  void max_words_should_pass_up_to_and_including_the_limit() throws Exception {
    Metric m = metric("max_words", "value", 3);

    assertThat(score(m, "one two three")).isEqualTo(1.0);
    assertThat(score(m, "one two three four")).isEqualTo(0.0);
    assertThat(score(m, "")).isEqualTo(1.0);
  }

  @Test
  void min_words_should_pass_from_the_limit_up() throws Exception {
    Metric m = metric("min_words", "value", 3);

    assertThat(score(m, "one two")).isEqualTo(0.0);
    assertThat(score(m, "one two three")).isEqualTo(1.0);
  }

  @Test
  void max_chars_should_count_code_points_of_the_stripped_reply() throws Exception {
    Metric m = metric("max_chars", "value", 5);

    assertThat(score(m, "  hello \n")).isEqualTo(1.0);
    assertThat(score(m, "hello!")).isEqualTo(0.0);
    String fiveWavingHands = "\uD83D\uDC4B".repeat(5);
    assertThat(score(m, fiveWavingHands)).isEqualTo(1.0);
    assertThat(score(m, fiveWavingHands + "!")).isEqualTo(0.0);
  }

  @Test
  void min_chars_should_pass_from_the_limit_up() throws Exception {
    Metric m = metric("min_chars", "value", 3);

    assertThat(score(m, "ab ")).isEqualTo(0.0);
    assertThat(score(m, "abc")).isEqualTo(1.0);
  }

  @Test
  void should_accept_a_whole_number_written_as_a_decimal() throws Exception {
    assertThat(score(metric("max_words", "value", 2.0), "one two")).isEqualTo(1.0);
    assertThat(score(metric("max_words", "value", 0L), "")).isEqualTo(1.0);
  }
}
