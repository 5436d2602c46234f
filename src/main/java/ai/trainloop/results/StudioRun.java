package ai.trainloop.results;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.SuiteSpec;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link StudioCompatWriter} needs beyond the run folder's files.
 *
 * @param runId the run folder's name
 * @param startedLocal the run's local start time (Studio's {@code timestamp})
 * @param models the models benchmarked (not the skipped ones), in config order, with the effective
 *     temperature and max_tokens (Studio's {@code model_params})
 * @param metricsByTag tag to the metrics that score its samples; a failed call is written as an
 *     error line in the file of each metric of its tag
 */
public record StudioRun(
    String runId,
    LocalDateTime startedLocal,
    List<ProviderEntry> models,
    Map<String, List<String>> metricsByTag) {

  public StudioRun {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(startedLocal, "startedLocal");
    models = List.copyOf(models);
    metricsByTag = metricsByTag == null ? Map.of() : Map.copyOf(metricsByTag);
  }

  /**
   * Tag to metrics from the suites (a tag in several suites gets the metrics of all, each once).
   */
  public static Map<String, List<String>> metricsByTag(List<SuiteSpec> suites) {
    Map<String, Set<String>> byTag = new LinkedHashMap<>();
    for (SuiteSpec s : suites) {
      byTag.computeIfAbsent(s.tag(), t -> new LinkedHashSet<>()).addAll(s.metrics());
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    byTag.forEach((tag, metrics) -> out.put(tag, new ArrayList<>(metrics)));
    return out;
  }

  /** Every metric named for any tag, in first-seen order. */
  List<String> allMetrics() {
    Set<String> all = new LinkedHashSet<>();
    metricsByTag.values().forEach(all::addAll);
    return new ArrayList<>(all);
  }

  /**
   * Studio's {@code model_params} of a model: the temperature and max_tokens that were sent, when
   * set.
   */
  static Map<String, Object> modelParams(ProviderEntry e) {
    Map<String, Object> params = new LinkedHashMap<>();
    if (e != null && e.temperature() != null) {
      params.put("temperature", e.temperature());
    }
    if (e != null && e.maxTokens() != null) {
      params.put("max_tokens", e.maxTokens());
    }
    return params;
  }
}
