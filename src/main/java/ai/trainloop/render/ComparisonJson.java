package ai.trainloop.render;

import ai.trainloop.compare.ChangeKind;
import ai.trainloop.compare.ChangeRow;
import ai.trainloop.compare.ChangeRows;
import ai.trainloop.compare.Comparison;
import ai.trainloop.compare.ModelComparison;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code baseline} field of report.json: the comparison with a baseline run, row by row.
 *
 * <pre>{@code
 * {"file": "...", "run_id": "...", "regressed": true, "reasons": ["..."],
 *  "alpha": 0.05, "regression_tolerance": 0.02, "cost_tolerance": 0.2, "latency_tolerance": 0.2,
 *  "fail_on": ["score"], "comparisons": 8,
 *  "models": [{"model_id": "...", "coverage_lost": false, "coverage_reason": null, "paired_samples": 200,
 *              "new_errors": 3, "errored_in_baseline": 0, "errored_in_both": 1, "minimum_detectable_drop": 0.12,
 *              "rows": [{"metric": "Avg", "kind": "score", "samples": 200, "baseline": 0.85, "current": 0.78,
 *                        "delta": -0.07, "ci95": [-0.11, -0.03], "p_value": 0.0001, "p_adjusted": 0.0004,
 *                        "method": "McNemar exact", "verdict": "regressed", "gating": true}]}],
 *  "models_only_in_baseline": [], "models_only_in_current": [],
 *  "samples_only_in_baseline": [], "samples_only_in_current": [], "notes": []}
 * }</pre>
 *
 * A tag's row ({@code "kind": "tag_score"}, {@code "metric": "tag:<tag>"}) also has {@code "tag"}
 * ("" for untagged samples): the Avg of that tag's paired samples. For cost rows {@code
 * baseline}/{@code current} are mean USD per sample and {@code delta}/{@code ci95} relative (0.12 =
 * +12%); for latency rows they are median milliseconds and the delta is relative. Unknown numbers
 * are null.
 */
public final class ComparisonJson {
  private ComparisonJson() {}

  /** The JSON object for report.json's {@code baseline} field. */
  public static ObjectNode toJson(Comparison c) {
    ObjectNode root = JsonValues.FACTORY.objectNode();
    root.put("file", c.baselineSource());
    root.put("run_id", c.baselineRunId());
    root.put("regressed", c.regressed());
    JsonValues.strings(root, "reasons", c.reasons());
    root.put("alpha", c.config().alpha());
    root.put("regression_tolerance", c.config().regressionTolerance());
    root.put("cost_tolerance", c.config().costTolerance());
    root.put("latency_tolerance", c.config().latencyTolerance());
    JsonValues.strings(root, "fail_on", c.config().failOn());
    root.put("comparisons", c.comparisons());
    ArrayNode models = root.putArray("models");
    for (ModelComparison m : c.models()) {
      ObjectNode model = models.addObject();
      model.put("model_id", m.modelId());
      model.put("coverage_lost", m.coverageLost());
      model.put("coverage_reason", m.coverageReason());
      model.put("paired_samples", m.pairedSamples());
      model.put("new_errors", m.newErrors());
      model.put("errored_in_baseline", m.erroredInBaseline());
      model.put("errored_in_both", m.erroredInBoth());
      JsonValues.put(model, "minimum_detectable_drop", m.minimumDetectableDrop());
      ArrayNode rows = model.putArray("rows");
      m.rows().forEach(row -> rows.add(row(row)));
    }
    JsonValues.strings(root, "models_only_in_baseline", c.modelsOnlyInBaseline());
    JsonValues.strings(root, "models_only_in_current", c.modelsOnlyInCurrent());
    JsonValues.strings(root, "samples_only_in_baseline", c.samplesOnlyInBaseline());
    JsonValues.strings(root, "samples_only_in_current", c.samplesOnlyInCurrent());
    JsonValues.strings(root, "notes", c.notes());
    return root;
  }

  private static ObjectNode row(ChangeRow row) {
    ObjectNode node = JsonValues.FACTORY.objectNode();
    node.put("metric", row.name());
    node.put("kind", row.kind().name().toLowerCase(java.util.Locale.ROOT));
    if (row.kind() == ChangeKind.TAG_SCORE) {
      String tag = row.name().substring(ChangeRows.TAG_PREFIX.length());
      node.put("tag", tag.equals(ChangeRows.UNTAGGED) ? "" : tag);
    }
    node.put("samples", row.n());
    JsonValues.put(node, "baseline", row.baseline());
    JsonValues.put(node, "current", row.current());
    JsonValues.put(node, "delta", row.delta());
    JsonValues.put(node, "ci95", row.ci95());
    JsonValues.put(node, "p_value", row.pValue());
    JsonValues.put(node, "p_adjusted", row.pAdjusted());
    node.put("method", row.method());
    node.put("verdict", row.verdict().label());
    node.put("gating", row.gating());
    return node;
  }
}
