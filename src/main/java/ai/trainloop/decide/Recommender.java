package ai.trainloop.decide;

import ai.trainloop.format.Formats;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Chooses among the models that pass every gate: by composite when priorities are set; else, with a
 * control, by the A/B test ({@link ControlChoice}); else by Avg score, the cheapest of the models
 * tied on quality ({@link TieBreak}). Only called models with results are candidates; the recorded
 * row never is, unless it is the control and nothing beats it.
 */
final class Recommender {

  private Recommender() {}

  /** What the recommendation line says the chosen model was chosen among. */
  enum Field {
    /** Gates are set: "among the 3 models that pass every gate". */
    GATED,
    /** No gate is set: "among the 3 models benchmarked". */
    ALL_BENCHMARKED
  }

  /**
   * Priorities are set: the passing model with the highest composite; the reason names the models
   * within its noise (not significantly different on quality).
   */
  static Recommendation byComposite(List<ModelVerdict> verdicts, Field field, Evidence e) {
    List<ModelVerdict> candidates = candidates(verdicts);
    List<ModelVerdict> passing = passing(candidates);
    Recommendation none = none(candidates, passing);
    if (none != null) {
      return none;
    }
    Recommendation r = rankByComposite(candidates, passing, among(passing.size(), field));
    if (!r.found()) {
      return r;
    }
    List<String> others =
        passing.stream().map(ModelVerdict::modelId).filter(id -> !id.equals(r.modelId())).toList();
    List<Ties.Tie> ties = Ties.with(r.modelId(), others, e);
    return ties.isEmpty()
        ? r
        : new Recommendation(
            r.modelId(),
            r.composite(),
            r.reason() + "; within its noise on quality: " + Ties.list(ties));
  }

  /**
   * No priorities are set: with a control, the best {@code deploy} candidate, else the control;
   * without one, the cheapest of the passing models tied with the highest Avg score.
   */
  static Recommendation byAvg(
      List<ModelVerdict> verdicts, Field field, Evidence e, List<AbResult> ab) {
    List<ModelVerdict> candidates = candidates(verdicts);
    List<ModelVerdict> passing = passing(candidates);
    if (e.control() != null) {
      return ControlChoice.choose(e.control(), passing, ab, e.alpha());
    }
    Recommendation none = none(candidates, passing);
    return none != null ? none : TieBreak.choose(passing, among(passing.size(), field), e);
  }

  private static List<ModelVerdict> candidates(List<ModelVerdict> verdicts) {
    return verdicts.stream().filter(ModelVerdict::candidate).toList();
  }

  private static List<ModelVerdict> passing(List<ModelVerdict> candidates) {
    return candidates.stream().filter(v -> v.gates().passedAll()).toList();
  }

  /** Why nothing can be recommended when no candidate has results or none passes; else null. */
  private static Recommendation none(List<ModelVerdict> candidates, List<ModelVerdict> passing) {
    if (candidates.isEmpty()) {
      return Recommendation.none("No model can be recommended: no called model has results.");
    }
    if (passing.isEmpty()) {
      return Recommendation.none(
          "No model passes every gate: "
              + candidates.stream()
                  .map(v -> v.modelId() + " (" + v.gates().plain() + ")")
                  .collect(Collectors.joining(", "))
              + ".");
    }
    return null;
  }

  private static Recommendation rankByComposite(
      List<ModelVerdict> candidates, List<ModelVerdict> passing, String among) {
    Comparator<ModelVerdict> order =
        Comparator.comparing(ModelVerdict::composite, Comparator.reverseOrder())
            .thenComparing(ModelVerdict::modelId);
    List<ModelVerdict> ranked =
        passing.stream().filter(v -> v.composite() != null).sorted(order).toList();
    if (ranked.isEmpty()) {
      return Recommendation.none(
          "No model that passes every gate can be ranked: "
              + passing.stream()
                  .map(v -> v.modelId() + " (" + v.unranked() + ")")
                  .collect(Collectors.joining(", "))
              + ".");
    }
    ModelVerdict best = ranked.get(0);
    StringBuilder reason = new StringBuilder(lead("composite", best.composite(), among));
    if (ranked.size() > 1) {
      reason
          .append("; next: ")
          .append(ranked.get(1).modelId())
          .append(' ')
          .append(Formats.score(ranked.get(1).composite()));
    }
    passing.stream()
        .filter(v -> v.composite() == null)
        .forEach(
            v ->
                reason
                    .append("; not ranked: ")
                    .append(v.modelId())
                    .append(" (")
                    .append(v.unranked())
                    .append(')'));
    candidates.stream()
        .filter(v -> v.composite() != null && v.missesGate())
        .sorted(order)
        .filter(v -> v.composite() > best.composite())
        .findFirst()
        .ifPresent(
            v ->
                reason
                    .append("; ")
                    .append(v.modelId())
                    .append(" scores higher (")
                    .append(Formats.score(v.composite()))
                    .append(") but misses a gate: ")
                    .append(v.gates().plain()));
    return new Recommendation(best.modelId(), best.composite(), reason.toString());
  }

  /**
   * "among the 3 models that pass every gate", or for one model "the only model that passes every
   * gate".
   */
  static String among(int n, Field field) {
    boolean gated = field == Field.GATED;
    if (n == 1) {
      return gated ? "the only model that passes every gate" : "the only model benchmarked";
    }
    return gated
        ? "among the " + n + " models that pass every gate"
        : "among the " + n + " models benchmarked";
  }

  static String lead(String figure, double value, String among) {
    return among.startsWith("the only")
        ? figure + " " + Formats.score(value) + "; " + among
        : "highest " + figure + ", " + Formats.score(value) + ", " + among;
  }
}
