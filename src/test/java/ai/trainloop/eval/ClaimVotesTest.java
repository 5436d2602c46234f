package ai.trainloop.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TrainLoop's vote: pairs that agree are dropped, then the yes-claim needs more trues. */
class ClaimVotesTest {
  private static final Boolean T = true;
  private static final Boolean F = false;
  private static final Boolean A = null; // abstained or failed

  private static List<Boolean> v(Boolean... votes) {
    return Arrays.asList(votes);
  }

  private static ClaimVotes.Tally tally(Object... modelsYesNo) {
    Map<String, List<List<Boolean>>> byModel = new LinkedHashMap<>();
    for (int i = 0; i < modelsYesNo.length; i += 3) {
      @SuppressWarnings("unchecked")
      List<Boolean> yes = (List<Boolean>) modelsYesNo[i + 1];
      @SuppressWarnings("unchecked")
      List<Boolean> no = (List<Boolean>) modelsYesNo[i + 2];
      byModel.put((String) modelsYesNo[i], List.of(yes, no));
    }
    return ClaimVotes.tally(byModel);
  }

  @Test
  void should_pass_when_the_yes_claim_gets_more_true_answers() {
    ClaimVotes.Tally t = tally("a", v(T, T, F), v(F, F, T));

    assertThat(t.value()).isEqualTo(1);
    assertThat(t.yesTrue()).isEqualTo(2);
    assertThat(t.noTrue()).isEqualTo(1);
    assertThat(t.dropped()).isZero();
  }

  @Test
  void should_drop_pairs_whose_answers_agree_before_counting() {
    // pairs (T,T) and (F,F) contradict: only the third pair (T,F) counts
    ClaimVotes.Tally t = tally("a", v(T, F, T), v(T, F, F));

    assertThat(t.dropped()).isEqualTo(2);
    assertThat(t.yesTrue()).isEqualTo(1);
    assertThat(t.noTrue()).isZero();
    assertThat(t.value()).isEqualTo(1);
  }

  @Test
  void should_count_a_tie_as_0() {
    ClaimVotes.Tally t = tally("a", v(T, F), v(F, T));

    assertThat(t.yesTrue()).isEqualTo(t.noTrue());
    assertThat(t.value()).isZero();
    assertThat(t.decided()).isTrue();
  }

  @Test
  void should_keep_a_pair_with_an_abstention_and_count_its_other_answer() {
    ClaimVotes.Tally t = tally("a", v(T, A, A), v(A, A, T));

    assertThat(t.dropped()).isZero();
    assertThat(t.abstained()).isEqualTo(4);
    assertThat(t.yesTrue()).isEqualTo(1);
    assertThat(t.noTrue()).isEqualTo(1);
    assertThat(t.value()).isZero();
  }

  @Test
  void should_be_undecided_when_every_answer_abstained() {
    ClaimVotes.Tally t = tally("a", v(A, A, A), v(A, A, A), "b", v(A), v(A));

    assertThat(t.decided()).isFalse();
    assertThat(t.abstained()).isEqualTo(8);
  }

  @Test
  void should_call_a_judge_that_contradicts_itself_every_time_a_tie_not_a_failure() {
    ClaimVotes.Tally t = tally("a", v(T, F), v(T, F));

    assertThat(t.decided()).isTrue();
    assertThat(t.dropped()).isEqualTo(2);
    assertThat(t.value()).isZero();
  }

  @Test
  void should_name_each_pairs_own_verdict_for_self_consistency() {
    assertThat(ClaimVotes.perPair(v(T, F, T, A), v(F, T, T, F)))
        .containsExactly("pass", "fail", null, null);
  }
}
