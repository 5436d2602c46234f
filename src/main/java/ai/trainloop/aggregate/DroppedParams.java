package ai.trainloop.aggregate;

import ai.trainloop.results.ModelSummary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Consumer;

/**
 * The recorded fields each model's calls left out because they do not change the task: one warning
 * per field and model, and report.json's {@code models[].dropped_params}. Thread-safe.
 */
public final class DroppedParams {
  private final Map<String, Set<String>> byModel = new ConcurrentHashMap<>();
  private final Consumer<String> warn;

  public DroppedParams(Consumer<String> warn) {
    this.warn = warn;
  }

  /** Notes what one call of {@code modelId} left out; warns about each field the first time. */
  public void add(String modelId, List<String> fields) {
    if (fields.isEmpty()) {
      return;
    }
    Set<String> seen = byModel.computeIfAbsent(modelId, id -> new ConcurrentSkipListSet<>());
    for (String field : fields) {
      if (seen.add(field)) {
        warn.accept(
            modelId
                + ": the recorded '"
                + field
                + "' is not sent (it does not change the task; see README, \"Replaying recorded"
                + " calls\")");
      }
    }
  }

  /** The summaries, each model that left something out with those fields (sorted). */
  public List<ModelSummary> applyTo(List<ModelSummary> summaries) {
    return summaries.stream()
        .map(
            m -> {
              Set<String> fields = byModel.get(m.id());
              return fields == null ? m : m.withDroppedParams(List.copyOf(fields));
            })
        .toList();
  }
}
