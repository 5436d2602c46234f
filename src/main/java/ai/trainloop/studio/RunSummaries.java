package ai.trainloop.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * One row of the runs page, taken from a report.json summary; fields the report lacks stay out or
 * null.
 */
final class RunSummaries {
  private RunSummaries() {}

  /**
   * {@code {run_id, started_at, finished_at, complete, incomplete_reason, exit_reason, tags,
   * models, samples, best_model: {id, score}, recommended, total_cost_usd, cost_complete,
   * report_missing}}.
   */
  static ObjectNode row(String runId, ObjectNode report) {
    ObjectNode row = StudioJson.MAPPER.createObjectNode();
    row.put("run_id", runId);
    row.put("started_at", StudioJson.text(report, "started_at"));
    row.put("finished_at", StudioJson.text(report, "finished_at"));
    row.put("complete", report.path("complete").asBoolean(false));
    row.put("incomplete_reason", StudioJson.text(report, "incomplete_reason"));
    row.put("exit_reason", StudioJson.text(report, "exit_reason"));
    row.set("tags", report.has("tags") ? report.get("tags") : StudioJson.MAPPER.createArrayNode());
    ArrayNode models = row.putArray("models");
    JsonNode samples = StudioJson.at(report, "samples", "total");
    row.set("samples", samples);
    JsonNode best = null;
    BigDecimal total = BigDecimal.ZERO;
    boolean costComplete = true;
    boolean anyCost = false;
    for (JsonNode model : report.path("models")) {
      models.add(model.path("id").asText("?"));
      if (better(model, best)) {
        best = model;
      }
      BigDecimal cost = StudioJson.decimal(StudioJson.at(model, "cost", "total_usd"));
      if (cost == null) {
        costComplete = costComplete && model.path("samples").asInt(0) == 0;
      } else {
        total = total.add(cost);
        anyCost = true;
      }
    }
    if (best != null) {
      row.putObject("best_model")
          .put("id", best.path("id").asText())
          .set("score", StudioJson.at(best, "score", "mean"));
    }
    row.put("recommended", StudioJson.text(StudioJson.at(report, "recommendation"), "model_id"));
    row.put("total_cost_usd", anyCost ? total : null);
    row.put("cost_complete", anyCost && costComplete);
    row.put("report_missing", report.path("report_missing").asBoolean(false));
    return row;
  }

  /**
   * The best model: highest mean score among models that scored samples and did not fail; on a tie
   * the cheaper.
   */
  static boolean better(JsonNode model, JsonNode best) {
    Double score = StudioJson.number(StudioJson.at(model, "score", "mean"));
    String status = model.path("status").asText("ok");
    if (score == null || "failed".equals(status) || "skipped".equals(status)) {
      return false;
    }
    if (best == null) {
      return true;
    }
    double bestScore = StudioJson.number(StudioJson.at(best, "score", "mean"));
    if (score != bestScore) {
      return score > bestScore;
    }
    BigDecimal cost = StudioJson.decimal(StudioJson.at(model, "cost", "total_usd"));
    BigDecimal bestCost = StudioJson.decimal(StudioJson.at(best, "cost", "total_usd"));
    return cost != null && (bestCost == null || cost.compareTo(bestCost) < 0);
  }
}
