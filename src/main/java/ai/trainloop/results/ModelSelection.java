package ai.trainloop.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Model selection's part of one {@code models[]} entry of report.json: the gates set, the model's
 * decision-matrix row and its composite. The {@code decide} step computes them; they are kept here
 * so that a report reads back as it was written.
 *
 * @param gates gate name to whether the model passed it, only the gates set, in order; null when
 *     the entry has no {@code gates}
 * @param normalized criterion to normalised value (a null value is unknown); empty when the model
 *     has no decision-matrix row (written {@code null}); null when the entry has no {@code
 *     normalized}
 * @param composite Σ weight × normalised value; null when unknown or without priorities
 */
public record ModelSelection(
    Map<String, Boolean> gates, Map<String, Double> normalized, Double composite) {

  public ModelSelection {
    gates = gates == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(gates));
    normalized =
        normalized == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(normalized));
  }

  /** The gates set (empty when none), name to passed. */
  public Map<String, Boolean> gatesSet() {
    return gates == null ? Map.of() : gates;
  }

  /** Names of the gates the model missed, in order. */
  public List<String> missedGates() {
    return gatesSet().entrySet().stream()
        .filter(e -> !e.getValue())
        .map(Map.Entry::getKey)
        .toList();
  }
}
