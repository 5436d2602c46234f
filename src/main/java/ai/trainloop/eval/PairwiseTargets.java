package ai.trainloop.eval;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.MetricSpec;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that each {@code judge_pairwise} metric compares with {@code recorded} or a model of
 * {@code trainloop.benchmark.providers}, named by its id as the tables show it ({@code
 * openai/gpt-4o}, or its label) or by its bare model name when only one entry has it, and puts that
 * entry's id in its place.
 */
final class PairwiseTargets {
  private PairwiseTargets() {}

  /**
   * @throws ConfigException at the declaration, key {@code trainloop.eval.metrics.<name>.against},
   *     for a model that is not configured or a bare name several entries share
   */
  static Map<String, Metric> resolve(
      Map<String, Metric> metrics, List<MetricSpec> specs, List<ProviderEntry> models) {
    Map<String, Metric> out = new LinkedHashMap<>(metrics);
    for (MetricSpec spec : specs) {
      if (out.get(spec.name()) instanceof PairwiseMetric p && p.againstModel()) {
        out.put(spec.name(), p.against(resolve(p.against(), spec, models)));
      }
    }
    return out;
  }

  private static String resolve(String against, MetricSpec spec, List<ProviderEntry> models) {
    List<String> ids = new ArrayList<>();
    List<ProviderEntry> byModel = new ArrayList<>();
    for (ProviderEntry e : models) {
      if (e.id().equals(against)) {
        return e.id();
      }
      ids.add(e.id());
      if (against.equals(e.model())) {
        byModel.add(e);
      }
    }
    if (byModel.size() == 1) {
      return byModel.get(0).id();
    }
    String key = "trainloop.eval.metrics." + spec.name() + ".against";
    if (byModel.size() > 1) {
      throw new ConfigException(
          spec.location(),
          key,
          "'"
              + against
              + "' names several models ("
              + String.join(", ", byModel.stream().map(ProviderEntry::id).toList())
              + "); write one of them in full");
    }
    Set<String> choices = new LinkedHashSet<>(ids);
    choices.add(PairwiseMetric.RECORDED);
    throw new ConfigException(
        spec.location(),
        key,
        "'"
            + against
            + "' is not a model of trainloop.benchmark.providers"
            + Suggestions.didYouMean(against, choices)
            + " (give one of: "
            + String.join(", ", choices)
            + ")");
  }
}
