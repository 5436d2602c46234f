package ai.trainloop.compare;

import java.util.List;

/**
 * What {@code trainloop history} shows.
 *
 * @param tag only samples of this tag (and runs that have some); null for all
 * @param models only these model ids; empty for all
 * @param last only the newest N runs left after filtering; null for all
 */
public record HistoryQuery(String tag, List<String> models, Integer last) {
  public HistoryQuery {
    models = models == null ? List.of() : List.copyOf(models);
    if (last != null && last < 1) {
      throw new IllegalArgumentException("--last must be at least 1, got " + last);
    }
  }

  /** Every run, every model, every tag. */
  public static HistoryQuery all() {
    return new HistoryQuery(null, List.of(), null);
  }

  boolean wantsModel(String id) {
    return models.isEmpty() || models.contains(id);
  }

  boolean wantsTag(String rowTag) {
    return tag == null || tag.equals(rowTag);
  }
}
