package ai.trainloop.decide;

import ai.trainloop.format.Formats;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Chooses among the models that pass every gate: by composite when priorities are set, else by Avg
 * score (ties by id). Only called models with results are candidates; the recorded row never is.
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

  /** Priorities are set: the passing model with the highest composite. */
  static Recommendation byComposite(List<ModelVerdict> verdicts, Field field) {
    List<ModelVerdict> candidates = candidates(verdicts);
    List<ModelVerdict> passing = passing(candidates);
    Recommendation none = none(candidates, passing);
    return none != null ? none : rankByComposite(candidates, passing, among(passing.size(), field));
  }

  /** No priorities are set: the passing model with the highest Avg score. */
  static Recommendation byAvg(List<ModelVerdict> verdicts, Field field) {
    List<ModelVerdict> candidates = candidates(verdicts);
    List<ModelVerdict> passing = passing(candidates);
    Recommendation none = none(candidates, passing);
    return none != null ? none : rankByAvg(passing, among(passing.size(), field));
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

  private static Recommendation rankByAvg(List<ModelVerdict> passing, String among) {
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
    StringBuilder reason = new StringBuilder(lead("Avg score", best.avgScore(), among));
    if (ranked.size() > 1) {
      reason
          .append("; next: ")
          .append(ranked.get(1).modelId())
          .append(' ')
          .append(Formats.score(ranked.get(1).avgScore()));
    }
    reason.append("; no priorities are set, so there is no decision matrix");
    return new Recommendation(best.modelId(), null, reason.toString());
  }

  /**
   * "among the 3 models that pass every gate", or for one model "the only model that passes every
   * gate".
   */
  private static String among(int n, Field field) {
    boolean gated = field == Field.GATED;
    if (n == 1) {
      return gated ? "the only model that passes every gate" : "the only model benchmarked";
    }
    return gated
        ? "among the " + n + " models that pass every gate"
        : "among the " + n + " models benchmarked";
  }

  private static String lead(String figure, double value, String among) {
    return among.startsWith("the only")
        ? figure + " " + Formats.score(value) + "; " + among
        : "highest " + figure + ", " + Formats.score(value) + ", " + among;
  }
}
