package ai.trainloop.render;

import ai.trainloop.cost.DryRunPlan;
import ai.trainloop.cost.ModelPlan;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * {@code --dry-run --format json}: the plan as one JSON object on stdout (shape in
 * docs/report-schema.md, "Dry-run plan"). Figures are estimates; costs are exact decimals, null
 * when unknown.
 */
public final class DryRunJson {
  private DryRunJson() {}

  /**
   * The plan as one JSON object.
   *
   * @param skipped model id to why it would not be sent (its key variable is unset); absent when it
   *     would be
   */
  public static ObjectNode toJson(DryRunPlan plan, Map<String, String> skipped) {
    ObjectNode root = JsonValues.FACTORY.objectNode();
    root.put("dry_run", true);
    root.put("samples", plan.samples());
    ObjectNode perTag = root.putObject("per_tag");
    plan.perTag().forEach(perTag::put);
    ArrayNode models = root.putArray("models");
    for (ModelPlan m : plan.models()) {
      ObjectNode o = models.addObject();
      o.put("id", m.modelId());
      o.put("sent", !m.replay() && !skipped.containsKey(m.modelId()));
      o.put("skipped_reason", skipped.get(m.modelId()));
      o.put("replay", m.replay());
      o.put("calls", m.calls());
      o.put("input_tokens", m.inputTokens());
      o.put("output_tokens", m.outputTokens());
      o.put("tokens_counted", m.tokenizerCounted() ? "tokenizer" : "approximate");
      o.put("estimated_cost_usd", m.estimatedCostUsd());
      o.put("price_source", m.priceSource());
    }
    root.put("total_calls", plan.totalCalls());
    root.put("total_estimated_cost_usd", plan.totalEstimatedCostUsd());
    ArrayNode unpriced = root.putArray("unpriced_models");
    plan.unpricedModels().forEach(unpriced::add);
    ArrayNode warnings = root.putArray("warnings");
    plan.warnings().forEach(warnings::add);
    return root;
  }
}
