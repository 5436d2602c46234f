package ai.trainloop.render;

import ai.trainloop.compare.History;
import ai.trainloop.results.ReportJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code trainloop history --format json}:
 *
 * <pre>{@code
 * {"query": {"tag": null, "models": [], "last": null}, "alpha": 0.05,
 *  "runs": [{"run_id": "...", "started_at": "...", "complete": true,
 *            "models": [{"model_id": "...", "samples": 40, "errors": 0, "score": {"mean": 0.85, "ci95": [0.8, 0.9]},
 *                        "cost_usd": 0.0123, "cost_per_sample_usd": 0.0003075, "latency_p95_ms": 1500,
 *                        "change": {"previous_run_id": "...", "delta": -0.1, "p_value": 0.001,
 *                                   "method": "McNemar exact", "paired_samples": 40, "significant": true,
 *                                   "direction": "down"}}]}],
 *  "skipped": [{"file": "...", "reason": "..."}]}
 * }</pre>
 *
 * Money is exact decimal; unknown values are null; {@code change} is null for a model's first run.
 */
public final class HistoryJson {
  private HistoryJson() {}

  /** The JSON document of {@code history}. */
  public static ObjectNode toJson(History history) {
    ObjectNode root = JsonValues.FACTORY.objectNode();
    ObjectNode query = root.putObject("query");
    query.put("tag", history.query().tag());
    JsonValues.strings(query, "models", history.query().models());
    query.put("last", history.query().last());
    root.put("alpha", history.alpha());
    ArrayNode runs = root.putArray("runs");
    for (History.Run run : history.runs()) {
      ObjectNode r = runs.addObject();
      r.put("run_id", run.runId());
      r.put("started_at", ReportJson.instant(run.startedAt()));
      r.put("complete", run.complete());
      ArrayNode models = r.putArray("models");
      run.models().forEach(p -> models.add(point(p)));
    }
    ArrayNode skipped = root.putArray("skipped");
    history
        .skipped()
        .forEach(s -> skipped.addObject().put("file", s.file()).put("reason", s.reason()));
    return root;
  }

  private static ObjectNode point(History.Point p) {
    ObjectNode node = JsonValues.FACTORY.objectNode();
    node.put("model_id", p.modelId());
    node.put("samples", p.samples());
    node.put("errors", p.errors());
    ObjectNode score = node.putObject("score");
    JsonValues.put(score, "mean", p.mean());
    JsonValues.put(score, "ci95", p.ci95());
    node.put("cost_usd", p.costUsd());
    node.put("cost_per_sample_usd", p.costPerSample());
    JsonValues.put(node, "latency_p95_ms", p.latencyP95Ms());
    if (p.change() == null) {
      node.putNull("change");
    } else {
      ObjectNode c = node.putObject("change");
      c.put("previous_run_id", p.change().previousRunId());
      JsonValues.put(c, "delta", p.change().delta());
      JsonValues.put(c, "p_value", p.change().pValue());
      c.put("method", p.change().method());
      c.put("paired_samples", p.change().paired());
      c.put("significant", p.change().significant());
      c.put("direction", p.change().direction());
    }
    return node;
  }
}
