package ai.trainloop.decide;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Model selection's verdict on one model.
 *
 * @param modelId the model's id
 * @param candidate whether it can be recommended (called, with results; the recorded row never is)
 * @param avgScore its Avg score, null when no sample was scored
 * @param gates its gate verdicts (empty when no gate is set)
 * @param inMatrix whether it has a row in the decision matrix (false without priorities, and for
 *     the recorded row when cost or speed is weighted)
 * @param normalized accuracy, cost, speed, then the weighted metrics, normalised (null values are
 *     unknown); empty when not in the matrix
 * @param composite Σ weight × normalised value; null when not in the matrix or a weighted term is
 *     unknown
 * @param unranked why the composite is null while in the matrix (e.g. {@code cost unknown (no
 *     price)}); else null
 */
public record ModelVerdict(
    String modelId,
    boolean candidate,
    Double avgScore,
    GateCheck gates,
    boolean inMatrix,
    Map<String, Double> normalized,
    Double composite,
    String unranked) {

  public ModelVerdict {
    normalized =
        normalized == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(normalized));
  }

  /** Whether it misses any gate set. */
  public boolean missesGate() {
    return !gates.passedAll();
  }
}
