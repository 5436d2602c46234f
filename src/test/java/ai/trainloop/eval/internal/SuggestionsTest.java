package ai.trainloop.eval.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> KEYS = List.of("any", "all", "ignore_case", "whole_word");

  @Test
  void should_suggest_the_nearest_name_within_a_few_edits() {
    assertThat(Suggestions.nearest("ignorecase", KEYS)).contains("ignore_case");
    assertThat(Suggestions.nearest("IGNORE_CASE", KEYS)).contains("ignore_case");
    assertThat(Suggestions.nearest("wholeword", KEYS)).contains("whole_word");
    assertThat(Suggestions.didYouMean("al", KEYS)).isEqualTo("; did you mean 'all'?");
  }

  @Test
  void should_suggest_nothing_for_a_name_far_from_every_candidate() {
    assertThat(Suggestions.nearest("threshold", KEYS)).isEmpty();
    assertThat(Suggestions.didYouMean("", KEYS)).isEmpty();
    assertThat(Suggestions.nearest("x", List.of())).isEmpty();
  }

  @Test
  void should_count_single_character_edits() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("same", "same")).isZero();
  }
}
