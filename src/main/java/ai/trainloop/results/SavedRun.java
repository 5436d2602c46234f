package ai.trainloop.results;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A report.json as read back for comparison, history and JUnit output (schema_version 1, see
 * SCHEMA.md).
 *
 * @param source where it was read from (file path, or a name for an in-memory tree)
 * @param runId {@code run_id}
 * @param startedAt {@code started_at} as written (ISO-8601), or null
 * @param complete {@code complete}
 * @param tags {@code tags}
 * @param models {@code models[]}
 * @param results {@code results[]}, one row per (sample, model); {@code response} is always null
 *     here
 */
public record SavedRun(
    String source,
    String runId,
    String startedAt,
    boolean complete,
    List<String> tags,
    List<SavedModel> models,
    List<ResultRow> results) {

  public SavedRun {
    tags = List.copyOf(tags);
    models = List.copyOf(models);
    results = List.copyOf(results);
  }

  /** The {@code models[]} entry with this id, if any. */
  public Optional<SavedModel> model(String id) {
    return models.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** Rows of one model, in file order. */
  public List<ResultRow> resultsOf(String modelId) {
    return results.stream().filter(r -> r.modelId().equals(modelId)).toList();
  }

  /** Every sample id that has a row, in first-seen order. */
  public Set<String> sampleIds() {
    Set<String> ids = new LinkedHashSet<>();
    results.forEach(r -> ids.add(r.sampleId()));
    return ids;
  }

  /**
   * Model ids of {@code models[]}, then any that only appear in {@code results[]}, in first-seen
   * order.
   */
  public List<String> modelIds() {
    Set<String> ids = new LinkedHashSet<>();
    models.forEach(m -> ids.add(m.id()));
    results.forEach(r -> ids.add(r.modelId()));
    return List.copyOf(ids);
  }
}
