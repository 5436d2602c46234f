package ai.trainloop.aggregate;

import ai.trainloop.config.RepeatReducer;
import ai.trainloop.results.ModelRef;
import ai.trainloop.results.ModelStatus;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ResultRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Folds a run's {@link ResultRow}s into one {@link ModelSummary} per model, keeping running sums
 * rather than the rows: memory depends on the number of models and metrics, not of calls.
 *
 * <p>Thread-safe: {@link #add} may be called from every worker thread at once (each model has its
 * own lock).
 *
 * <p>Definitions: a sample is <em>scored</em> when its call succeeded; score mean/min/max are over
 * scored samples; a sample <em>passes</em> a metric when its score for it is at least {@value
 * ModelSummary#PASS_THRESHOLD}; a model's total cost is the exact sum of its calls' costs and is
 * unknown (null) when any successful call's cost is unknown.
 */
public final class RunAggregator {
  /** A metric score at or above this passes. */
  private final Map<String, ModelAccumulator> models = new LinkedHashMap<>();

  /**
   * Aggregates rows of {@code models}, which also fixes the order of the summaries (config order).
   */
  public RunAggregator(List<ModelRef> models) {
    this(models, RepeatReducer.MEAN);
  }

  /**
   * As above; the scores of a sample's repeats (rows with a repeat index) are reduced to one by
   * {@code reducer}.
   */
  public RunAggregator(List<ModelRef> models, RepeatReducer reducer) {
    for (ModelRef m : models) {
      if (this.models.putIfAbsent(m.id(), new ModelAccumulator(m, reducer)) != null) {
        throw new IllegalArgumentException("model listed twice: " + m.id());
      }
    }
  }

  /**
   * Adds one finished call.
   *
   * @throws IllegalArgumentException when its model was not given to the constructor
   */
  public void add(ResultRow row) {
    ModelAccumulator acc = models.get(row.modelId());
    if (acc == null) {
      throw new IllegalArgumentException(
          "result for a model that is not in this run: " + row.modelId());
    }
    acc.add(row);
  }

  /** The ids of the models, in config order. */
  public List<String> modelIds() {
    return Collections.unmodifiableList(new ArrayList<>(models.keySet()));
  }

  /** The summary of one model so far. */
  public ModelSummary summary(String modelId, ModelStatus status) {
    ModelAccumulator acc = models.get(modelId);
    if (acc == null) {
      throw new IllegalArgumentException("model not in this run: " + modelId);
    }
    return acc.summarize(Objects.requireNonNull(status, "status"));
  }

  /**
   * Every model's summary, in config order. A model missing from {@code statuses} is reported as ok
   * with an unknown active time and no price.
   */
  public List<ModelSummary> summaries(Map<String, ModelStatus> statuses) {
    List<ModelSummary> out = new ArrayList<>(models.size());
    for (String id : models.keySet()) {
      out.add(summary(id, statuses.getOrDefault(id, ModelStatus.ok(null, null))));
    }
    return out;
  }
}
