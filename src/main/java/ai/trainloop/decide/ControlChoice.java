package ai.trainloop.decide;

import ai.trainloop.format.ChangeFormats;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The recommendation with a control and no priorities: the {@code deploy} model (better than the
 * control and significant) with the largest improvement among those that pass every gate; else the
 * control itself, kept.
 */
final class ControlChoice {
  private ControlChoice() {}

  static Recommendation choose(
      String control, List<ModelVerdict> passing, List<AbResult> ab, double alpha) {
    Set<String> eligible = passing.stream().map(ModelVerdict::modelId).collect(Collectors.toSet());
    List<AbResult> deploy =
        ab.stream().filter(r -> r.verdict() == AbResult.Verdict.DEPLOY).toList();
    Optional<AbResult> best =
        deploy.stream()
            .filter(r -> eligible.contains(r.modelId()))
            .max(
                Comparator.comparingDouble((AbResult r) -> r.result().delta())
                    .thenComparing(AbResult::modelId, Comparator.reverseOrder()));
    String missing =
        deploy.stream()
            .filter(r -> !eligible.contains(r.modelId()))
            .map(AbResult::modelId)
            .collect(Collectors.joining(", "));
    String gateNote = missing.isEmpty() ? "" : "; " + missing + ": deploy, but misses a gate";
    if (best.isPresent()) {
      AbResult r = best.get();
      String others =
          deploy.stream()
              .filter(d -> d != r && eligible.contains(d.modelId()))
              .map(AbResult::modelId)
              .collect(Collectors.joining(", "));
      return new Recommendation(
          r.modelId(),
          null,
          "A/B vs "
              + control
              + ": deploy, improvement "
              + ChangeFormats.signedScore(r.result().delta())
              + " on "
              + r.result().n()
              + " samples, "
              + ChangeFormats.pClause(r.pAdjusted())
              + " (Holm)"
              + (others.isEmpty() ? "" : "; also deploy: " + others)
              + gateNote);
    }
    String why =
        ab.isEmpty()
            ? "no other model was tested"
            : "no model is significantly better at alpha " + ChangeFormats.plain(alpha);
    return new Recommendation(
        control, null, "the control, kept: A/B vs " + control + ": " + why + gateNote);
  }
}
