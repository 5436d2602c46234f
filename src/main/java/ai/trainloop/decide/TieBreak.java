package ai.trainloop.decide;

import ai.trainloop.format.ChangeFormats;
import ai.trainloop.format.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The recommendation without priorities or a control: the highest Avg among the passing models,
 * unless other passing models are tied with it on quality ({@link Ties}); then the cheapest of the
 * tied ones by cost per sample, when every one of them has a price (the highest Avg otherwise). A
 * model significantly below the best is never tied, so a cheaper but worse model is never chosen.
 */
final class TieBreak {
  private static final String NO_MATRIX = "; no priorities are set, so there is no decision matrix";

  private TieBreak() {}

  static Recommendation choose(List<ModelVerdict> passing, String among, Evidence e) {
    List<ModelVerdict> ranked =
        passing.stream()
            .filter(v -> v.avgScore() != null)
            .sorted(
                Comparator.comparing(ModelVerdict::avgScore, Comparator.reverseOrder())
                    .thenComparing(ModelVerdict::modelId))
            .toList();
    if (ranked.isEmpty()) {
      return Recommendation.none(
          "No model can be recommended: no model that passes every gate has a scored sample.");
    }
    ModelVerdict best = ranked.get(0);
    List<String> others = ranked.stream().skip(1).map(ModelVerdict::modelId).toList();
    List<Ties.Tie> ties = Ties.with(best.modelId(), others, e);
    String lead = Recommender.lead("Avg score", best.avgScore(), among);
    if (ties.isEmpty()) {
      StringBuilder reason = new StringBuilder(lead);
      if (ranked.size() > 1) {
        reason
            .append("; next: ")
            .append(ranked.get(1).modelId())
            .append(' ')
            .append(Formats.score(ranked.get(1).avgScore()));
      }
      return new Recommendation(best.modelId(), null, reason.append(NO_MATRIX).toString());
    }
    List<String> tied = new ArrayList<>();
    tied.add(best.modelId());
    ties.forEach(t -> tied.add(t.modelId()));
    boolean priced = tied.stream().allMatch(id -> e.costPerSample().containsKey(id));
    if (!priced) {
      return new Recommendation(
          best.modelId(),
          null,
          lead
              + "; tied on quality with "
              + Ties.list(ties)
              + ", but not every tied model has a price, so the highest Avg is chosen"
              + NO_MATRIX);
    }
    // the cheapest; equal costs go to the higher Avg (tied is in Avg order)
    String cheapest = tied.get(0);
    for (String id : tied) {
      if (e.costPerSample().get(id).compareTo(e.costPerSample().get(cheapest)) < 0) {
        cheapest = id;
      }
    }
    if (cheapest.equals(best.modelId())) {
      return new Recommendation(
          best.modelId(),
          null,
          lead
              + "; tied on quality with "
              + Ties.list(ties)
              + ", and the cheapest of them per sample"
              + NO_MATRIX);
    }
    String chosen = cheapest;
    Ties.Tie tie = ties.stream().filter(t -> t.modelId().equals(chosen)).findFirst().orElseThrow();
    BigDecimal dear = e.costPerSample().get(best.modelId());
    String cost =
        dear.signum() == 0 ? "and no dearer" : CostRatio.words(e.costPerSample().get(chosen), dear);
    List<Ties.Tie> rest = ties.stream().filter(t -> !t.modelId().equals(chosen)).toList();
    return new Recommendation(
        chosen,
        null,
        "tied with "
            + best.modelId()
            + " on quality ("
            + ChangeFormats.pClause(tie.pAdjusted())
            + "), "
            + cost
            + "; "
            + best.modelId()
            + " has the highest Avg score, "
            + Formats.score(best.avgScore())
            + (rest.isEmpty() ? "" : "; also tied: " + Ties.list(rest))
            + "; the cheapest per sample of the tied models is chosen"
            + NO_MATRIX);
  }
}
