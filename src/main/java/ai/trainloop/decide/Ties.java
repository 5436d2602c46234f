package ai.trainloop.decide;

import ai.trainloop.format.ChangeFormats;
import ai.trainloop.stats.Holm;
import ai.trainloop.stats.PairedResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which models are tied with the best one on quality: those whose Avg is not significantly below
 * the best's (paired test on the samples both answered, Holm across them). A model sharing no
 * sample with the best is not tied (nothing shows that it is as good).
 */
final class Ties {
  private Ties() {}

  /** One model tied with the best, and the Holm-adjusted p of "it scores the same". */
  record Tie(String modelId, double pAdjusted) {}

  /** The models of {@code others} tied with {@code best}, in the order given. */
  static List<Tie> with(String best, List<String> others, Evidence e) {
    List<PairedResult> results = new ArrayList<>();
    for (String other : others) {
      double[][] p = e.answers().paired(other, best);
      results.add(e.test().significance(p[0], p[1]));
    }
    double[] adjusted = Holm.adjust(results.stream().mapToDouble(PairedResult::pValue).toArray());
    List<Tie> ties = new ArrayList<>();
    for (int k = 0; k < others.size(); k++) {
      PairedResult r = results.get(k);
      boolean below = adjusted[k] < e.alpha() && r.delta() < 0;
      if (r.compared() && !below) {
        ties.add(new Tie(others.get(k), adjusted[k]));
      }
    }
    return ties;
  }

  /** "a (p = 0.400), b (p = 1.000)". */
  static String list(List<Tie> ties) {
    return ties.stream()
        .map(t -> t.modelId() + " (" + ChangeFormats.pClause(t.pAdjusted()) + ")")
        .collect(Collectors.joining(", "));
  }
}
