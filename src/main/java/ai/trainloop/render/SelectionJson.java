package ai.trainloop.render;

import ai.trainloop.decide.ModelVerdict;
import ai.trainloop.decide.Priorities;
import ai.trainloop.decide.Recommendation;
import ai.trainloop.decide.Selection;
import ai.trainloop.decide.Thresholds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Model selection's part of report.json (schema_version 1): per model {@code gates}, {@code
 * normalized} and {@code composite}; the top-level {@code recommendation}; and the effective {@code
 * config.thresholds} and {@code config.priorities}. Unknown values are JSON null, never 0.
 */
public final class SelectionJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SelectionJson() {}

  /**
   * Adds {@code gates} (only the gates set, name to passed), {@code normalized} (null when the
   * model has no matrix row) and {@code composite} (null when unknown) to a model's object.
   */
  public static void putModelFields(ObjectNode model, ModelVerdict v) {
    ObjectNode gates = model.putObject("gates");
    v.gates().gates().forEach(gates::put);
    if (v.inMatrix()) {
      ObjectNode normalized = model.putObject("normalized");
      v.normalized().forEach((name, value) -> putNumber(normalized, name, value));
    } else {
      model.putNull("normalized");
    }
    putNumber(model, "composite", v.composite());
  }

  /**
   * The top-level {@code recommendation}: {@code {model_id, composite, reason}}. When no model can
   * be recommended, {@code model_id} and {@code composite} are null and {@code reason} is the
   * sentence saying why.
   */
  public static ObjectNode recommendation(Selection s) {
    Recommendation r = s.recommendation();
    ObjectNode node = F.objectNode();
    if (r.modelId() == null) {
      node.putNull("model_id");
    } else {
      node.put("model_id", r.modelId());
    }
    putNumber(node, "composite", r.composite());
    node.put("reason", r.reason());
    return node;
  }

  /** {@code config.thresholds}: every gate, null when not set. */
  public static ObjectNode thresholds(Thresholds t) {
    ObjectNode node = F.objectNode();
    putNumber(node, "performance_threshold", t.performanceThreshold());
    if (t.costThresholdPer1k() == null) {
      node.putNull("cost_threshold");
    } else {
      node.put("cost_threshold", t.costThresholdPer1k());
    }
    putNumber(node, "max_response_time_s", t.maxResponseTimeSeconds());
    return node;
  }

  /**
   * {@code config.priorities}: the weights used (normalised to sum to 1), or null when none are
   * set.
   */
  public static JsonNode priorities(Priorities p) {
    if (p == null) {
      return F.nullNode();
    }
    ObjectNode node = F.objectNode();
    for (Map.Entry<String, Double> e : p.weights().entrySet()) {
      node.put(e.getKey(), e.getValue());
    }
    return node;
  }

  private static void putNumber(ObjectNode node, String name, Double value) {
    if (value == null) {
      node.putNull(name);
    } else {
      node.put(name, value);
    }
  }
}
