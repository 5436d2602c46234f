package ai.trainloop.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TrainLoop's vote of {@code assert_true}, on the verdicts already read: per judge model, pair the
 * i-th answer about the yes-claim with the i-th about the no-claim, drop the pairs that agree (both
 * true or both false: the judge contradicted itself), then count over every model's remaining pairs
 * the yes-claim answers that are true and the no-claim answers that are true. More of the first is
 * 1; fewer or as many (a tie) is 0. A null verdict is an abstention (or a failed call): it counts
 * for nothing, and its pair is kept.
 */
final class ClaimVotes {
  /**
   * The vote.
   *
   * @param value 1 or 0; meaningless when {@code decided} is false
   * @param decided false when no answer had a verdict (every answer abstained or failed); pairs
   *     that all contradicted each other are decided, as a tie: 0
   * @param yesTrue kept yes-claim answers that are true
   * @param noTrue kept no-claim answers that are true
   * @param dropped contradictory pairs dropped
   * @param abstained answers without a verdict
   */
  record Tally(int value, boolean decided, int yesTrue, int noTrue, int dropped, int abstained) {}

  private ClaimVotes() {}

  /** The vote over every judge model's answers: model id to its yes- and no-claim verdicts. */
  static Tally tally(Map<String, List<List<Boolean>>> byModel) {
    int yesTrue = 0;
    int noTrue = 0;
    int dropped = 0;
    int abstained = 0;
    int verdicts = 0;
    for (List<List<Boolean>> answers : byModel.values()) {
      Tally t = one(answers.get(0), answers.get(1));
      yesTrue += t.yesTrue();
      noTrue += t.noTrue();
      dropped += t.dropped();
      abstained += t.abstained();
      verdicts += t.decided() ? 1 : 0;
    }
    return new Tally(yesTrue > noTrue ? 1 : 0, verdicts > 0, yesTrue, noTrue, dropped, abstained);
  }

  /** One model's vote on its own. */
  static Tally one(List<Boolean> yes, List<Boolean> no) {
    int yesTrue = 0;
    int noTrue = 0;
    int dropped = 0;
    int abstained = 0;
    int verdicts = 0;
    for (int i = 0; i < Math.max(yes.size(), no.size()); i++) {
      Boolean y = i < yes.size() ? yes.get(i) : null;
      Boolean n = i < no.size() ? no.get(i) : null;
      abstained += (y == null ? 1 : 0) + (n == null ? 1 : 0);
      if (y != null && y.equals(n)) {
        dropped++;
        continue;
      }
      verdicts += (y == null ? 0 : 1) + (n == null ? 0 : 1);
      yesTrue += Boolean.TRUE.equals(y) ? 1 : 0;
      noTrue += Boolean.TRUE.equals(n) ? 1 : 0;
    }
    return new Tally(
        yesTrue > noTrue ? 1 : 0, verdicts > 0 || dropped > 0, yesTrue, noTrue, dropped, abstained);
  }

  /**
   * The verdict of each pair on its own: {@code pass} (yes true, no false), {@code fail} (the
   * reverse), null when it contradicted itself or an answer is missing.
   */
  static List<String> perPair(List<Boolean> yes, List<Boolean> no) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.max(yes.size(), no.size()); i++) {
      Boolean y = i < yes.size() ? yes.get(i) : null;
      Boolean n = i < no.size() ? no.get(i) : null;
      out.add(y == null || n == null || y.equals(n) ? null : y ? "pass" : "fail");
    }
    return out;
  }
}
