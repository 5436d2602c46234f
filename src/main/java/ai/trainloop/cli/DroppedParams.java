package ai.trainloop.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
final class DroppedParams {
  private final Map<String, Set<String>> byModel = new ConcurrentHashMap<>();
  private final Consumer<String> warn;

  DroppedParams(Consumer<String> warn) {
    this.warn = warn;
  }

  /** Notes what one call of {@code modelId} left out; warns about each field the first time. */
  void add(String modelId, List<String> fields) {
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

  /**
   * Merges {@code {"dropped_params": [...]}} (sorted) into each model's entry of {@code perModel}
   * that left something out.
   */
  void mergeInto(Map<String, Object> perModel) {
    byModel.forEach(
        (id, fields) -> {
          ObjectNode node =
              perModel.get(id) instanceof ObjectNode existing
                  ? existing
                  : JsonNodeFactory.instance.objectNode();
          fields.forEach(node.putArray("dropped_params")::add);
          perModel.put(id, node);
        });
  }
}
