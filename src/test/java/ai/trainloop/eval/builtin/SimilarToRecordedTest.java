package ai.trainloop.eval.builtin;

import static ai.trainloop.eval.builtin.BuiltinFixtures.metric;
import static ai.trainloop.eval.builtin.BuiltinFixtures.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.trainloop.eval.Metric;
import org.junit.jupiter.api.Test;

class SimilarToRecordedTest {
  private final Metric similar = metric("similar_to_recorded");

  @Test
  void should_score_1_for_the_recorded_reply_itself() throws Exception {
    assertThat(similar.score(reply("The cat sat on the mat.", "The cat sat on the mat.")))
        .isEqualTo(1.0);
  }

  @Test
  void should_ignore_case_punctuation_and_spacing() throws Exception {
    assertThat(similar.score(reply("the CAT, sat -- on the mat", "The cat sat on the mat.")))
        .isEqualTo(1.0);
  }

  @Test
  void should_score_0_when_no_token_is_shared() throws Exception {
    assertThat(similar.score(reply("Dogs bark loudly", "The cat sat on the mat."))).isEqualTo(0.0);
  }

  @Test
  void should_be_the_token_f1_of_precision_and_recall() throws Exception {
    // reply: the cat sat (3 tokens); recorded: the cat sat on the mat (6 tokens); overlap 3
    // precision 3/3 = 1, recall 3/6 = 0.5, F1 = 2 * 1 * 0.5 / 1.5 = 2/3
    assertThat(similar.score(reply("the cat sat", "The cat sat on the mat.")))
        .isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void should_count_repeated_tokens_as_a_multiset() throws Exception {
    // reply: the the the the (4); recorded: the cat the (3); overlap min(4, 2) = 2
    // precision 2/4, recall 2/3, F1 = 2 * (1/2) * (2/3) / (1/2 + 2/3) = 4/7
    assertThat(similar.score(reply("the the the the", "the cat the")))
        .isCloseTo(4.0 / 7, within(1e-12));
  }

  @Test
  void should_ignore_word_order() throws Exception {
    assertThat(similar.score(reply("mat the on sat cat the", "The cat sat on the mat.")))
        .isEqualTo(1.0);
  }

  @Test
  void should_take_each_han_character_as_a_token() throws Exception {
    assertThat(SimilarToRecorded.tokens("我喜欢猫 cats")).containsExactly("我", "喜", "欢", "猫", "cats");
    // overlap 2 of 3 each way: F1 = 2/3
    assertThat(similar.score(reply("我喜欢", "我爱欢"))).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void should_compare_texts_without_tokens_literally() {
    assertThat(SimilarToRecorded.f1("!!!", " !!! ")).isEqualTo(1.0);
    assertThat(SimilarToRecorded.f1("...", "!!!")).isEqualTo(0.0);
    assertThat(SimilarToRecorded.f1("", "hello")).isEqualTo(0.0);
  }

  @Test
  void should_turn_into_pass_or_fail_with_a_threshold() throws Exception {
    Metric atLeastTwoThirds = metric("similar_to_recorded", "threshold", 0.66);
    Metric atLeastNinety = metric("similar_to_recorded", "threshold", 0.9);

    assertThat(atLeastTwoThirds.score(reply("the cat sat", "The cat sat on the mat.")))
        .isEqualTo(1.0);
    assertThat(atLeastNinety.score(reply("the cat sat", "The cat sat on the mat."))).isEqualTo(0.0);
  }

  @Test
  void should_throw_when_the_recorded_call_has_no_reply() {
    assertThatThrownBy(() -> similar.score(reply("Hello", "  ")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the recorded call has no reply to compare with");
  }
}
