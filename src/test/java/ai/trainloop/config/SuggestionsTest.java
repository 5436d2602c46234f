package ai.trainloop.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> KEYS =
      List.of("max_samples", "max_concurrent_requests", "track_costs");

  @Test
  void should_suggest_for_a_missing_letter_a_transposition_and_another_case() {
    assertThat(Suggestions.closest("max_concurent_requests", KEYS))
        .contains("max_concurrent_requests");
    assertThat(Suggestions.closest("max_smaples", KEYS)).contains("max_samples");
    assertThat(Suggestions.closest("Track-Costs", KEYS)).contains("track_costs");
  }

  @Test
  void should_suggest_nothing_for_an_unrelated_name() {
    assertThat(Suggestions.closest("temperature", KEYS)).isEmpty();
    assertThat(Suggestions.closest("xyz", List.of("abc"))).isEmpty();
  }

  @Test
  void should_count_a_transposition_as_one_edit() {
    assertThat(Suggestions.distance("modle", "model")).isEqualTo(1);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
  }
}
