package ai.trainloop.decide;

import ai.trainloop.config.RepeatReducer;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.SampleRows;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scores of each model by sample, to compare models on the samples all of them answered: a
 * model that failed the hard prompts must not look better than one that answered them. Failed calls
 * and unscored samples (every metric failed) are not answers. A sample's repeats count once, as
 * their reduced score ({@link SampleRows}). Not thread-safe; fed once from results.jsonl, then
 * asked.
 */
public final class CommonSamples {
  private final Map<String, Map<String, ResultRow>> byModel = new HashMap<>();
  private final SampleRows repeated;
  private boolean folded;

  /** Repeats reduced by their mean. */
  public CommonSamples() {
    this(RepeatReducer.MEAN);
  }

  /** Repeats reduced by {@code reducer}. */
  public CommonSamples(RepeatReducer reducer) {
    this.repeated = new SampleRows(reducer);
  }

  /** Keeps {@code row} when it is an answer with a score. */
  public void add(ResultRow row) {
    if (folded) {
      throw new IllegalStateException("rows are added before the samples are asked for");
    }
    if (row.ok() && row.score() != null) {
      if (row.repeat() == null) {
        keep(row.withoutResponse());
      } else {
        repeated.add(row);
      }
    }
  }

  private void keep(ResultRow row) {
    byModel
        .computeIfAbsent(row.modelId(), k -> new LinkedHashMap<>())
        .putIfAbsent(row.sampleId(), row);
  }

  private Map<String, ResultRow> of(String model) {
    if (!folded) {
      folded = true;
      repeated.rows().forEach(this::keep);
    }
    return byModel.getOrDefault(model, Map.of());
  }

  /** How many samples {@code model} answered with a score. */
  public int answered(String model) {
    return of(model).size();
  }

  /**
   * The scores of {@code a} and of {@code b} on the samples both answered, in {@code a}'s order:
   * {@code [0]} is a's, {@code [1]} b's; both empty when they share none.
   */
  public double[][] paired(String a, String b) {
    Map<String, ResultRow> first = of(a);
    Map<String, ResultRow> second = of(b);
    List<String> common = first.keySet().stream().filter(second::containsKey).toList();
    return new double[][] {
      common.stream().mapToDouble(id -> first.get(id).score()).toArray(),
      common.stream().mapToDouble(id -> second.get(id).score()).toArray()
    };
  }

  /** The samples every one of {@code models} answered, in the first model's order. */
  public Set<String> common(Collection<String> models) {
    Set<String> out = null;
    for (String id : models) {
      Set<String> answered = of(id).keySet();
      if (out == null) {
        out = new LinkedHashSet<>(answered);
      } else {
        out.retainAll(answered);
      }
    }
    return out == null ? Set.of() : out;
  }

  /**
   * {@code models} with their Avg and metric scores over the samples every model with results
   * answered (a metric's mean over those of them on which it worked); the other figures as given.
   * Unchanged when fewer than two models have results.
   */
  public List<ModelFigures> onCommonSamples(List<ModelFigures> models) {
    List<String> compared =
        models.stream().filter(ModelFigures::hasResults).map(ModelFigures::id).toList();
    if (compared.size() < 2) {
      return models;
    }
    Set<String> common = common(compared);
    return models.stream().map(m -> m.hasResults() ? quality(m, common) : m).toList();
  }

  private ModelFigures quality(ModelFigures m, Set<String> common) {
    Map<String, ResultRow> rows = of(m.id());
    double sum = 0;
    Map<String, double[]> metricSums = new LinkedHashMap<>();
    for (String sample : common) {
      ResultRow r = rows.get(sample);
      sum += r.score();
      r.metrics()
          .forEach(
              (name, v) -> {
                if (v != null && !r.metricErrors().containsKey(name)) {
                  double[] s = metricSums.computeIfAbsent(name, k -> new double[2]);
                  s[0] += v;
                  s[1]++;
                }
              });
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    metricSums.forEach((name, s) -> metrics.put(name, s[0] / s[1]));
    return m.withQuality(common.isEmpty() ? null : sum / common.size(), metrics);
  }
}
