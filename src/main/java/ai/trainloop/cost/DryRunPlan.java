package ai.trainloop.cost;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan {@code --dry-run} prints instead of sending anything. Every token count and cost is an
 * estimate.
 *
 * @param samples samples that would be benchmarked (each sent to every model)
 * @param perTag tag to sample count, tags sorted ("" is the untagged samples)
 * @param models one plan per model, in config order
 * @param totalEstimatedCostUsd the sum of the priced models' estimates; null when no model is
 *     priced
 * @param warnings one per model without a price
 */
public record DryRunPlan(
    int samples,
    Map<String, Integer> perTag,
    List<ModelPlan> models,
    BigDecimal totalEstimatedCostUsd,
    List<String> warnings) {

  public DryRunPlan {
    perTag = Collections.unmodifiableMap(new LinkedHashMap<>(perTag));
    models = List.copyOf(models);
    warnings = List.copyOf(warnings);
  }

  /** Calls in all, across models. */
  public long totalCalls() {
    return models.stream().mapToLong(ModelPlan::calls).sum();
  }

  /** Whether the total leaves out models without a price. */
  public boolean totalIsPartial() {
    return models.stream().anyMatch(ModelPlan::unpriced);
  }

  /** The models without a price, whose cost the total leaves out. */
  public List<String> unpricedModels() {
    return models.stream().filter(ModelPlan::unpriced).map(ModelPlan::modelId).toList();
  }
}
