package ai.trainloop.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of one {@code models[]} entry of report.json that comparison, history and JUnit output
 * need.
 *
 * @param id the model id (label, else provider/model)
 * @param status ok | skipped | failed | stopped
 * @param statusReason why, when not ok; may be null
 * @param samples samples scored
 * @param errors samples whose call failed
 * @param metrics metric names of the model's {@code metrics} object, in file order
 * @param gates gate name to passed, only the gates that were set, in file order
 */
public record SavedModel(
    String id,
    String status,
    String statusReason,
    int samples,
    int errors,
    List<String> metrics,
    Map<String, Boolean> gates) {

  public SavedModel {
    metrics = List.copyOf(metrics);
    gates = Collections.unmodifiableMap(new LinkedHashMap<>(gates));
  }

  /** True when the model was skipped (for example no API key) and so has no results. */
  public boolean skipped() {
    return "skipped".equals(status);
  }

  /** Names of the gates the model missed. */
  public List<String> missedGates() {
    return gates.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
  }
}
