package ai.trainloop.render;

import ai.trainloop.decide.Priorities;
import ai.trainloop.decide.Thresholds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The effective {@code config.thresholds} and {@code config.priorities} of model selection as JSON.
 * Unknown values are JSON null, never 0. (Each model's gates, normalised row and composite, and the
 * recommendation, are records of report.json: see {@code decide.RunSelection}.)
 */
public final class SelectionJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SelectionJson() {}

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
