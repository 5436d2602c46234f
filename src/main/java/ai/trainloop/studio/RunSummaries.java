package ai.trainloop.studio;

import ai.trainloop.results.ModelState;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ReportJson;
import ai.trainloop.results.ReportSummary;
import ai.trainloop.results.RunInfo;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/** One row of the runs page, taken from a report's records; figures the report lacks are null. */
final class RunSummaries {
  private RunSummaries() {}

  /**
   * {@code {run_id, started_at, finished_at, complete, incomplete_reason, exit_reason, tags,
   * models, samples, best_model: {id, score}, recommended, total_cost_usd, cost_complete,
   * report_missing}}.
   */
  static ObjectNode row(String runId, StudioReport report) {
    ObjectNode row = StudioJson.MAPPER.createObjectNode();
    row.put("run_id", runId);
    ReportSummary summary = report.summary();
    if (summary == null) {
      return missing(row);
    }
    RunInfo run = summary.run();
    row.put("started_at", ReportJson.instant(run.startedAt()));
    row.put("finished_at", ReportJson.instant(run.finishedAt()));
    row.put("complete", run.complete());
    row.put("incomplete_reason", run.incompleteReason());
    row.put("exit_reason", run.exitReason());
    ArrayNode tags = row.putArray("tags");
    run.tags().forEach(tags::add);
    ArrayNode models = row.putArray("models");
    row.put("samples", run.samples() == null ? null : run.samples().total());
    ModelSummary best = null;
    BigDecimal total = BigDecimal.ZERO;
    boolean costComplete = true;
    boolean anyCost = false;
    for (ModelSummary model : summary.models()) {
      models.add(model.id());
      if (better(model, best)) {
        best = model;
      }
      BigDecimal cost = totalCost(model);
      if (cost == null) {
        costComplete = costComplete && model.samples() == 0;
      } else {
        total = total.add(cost);
        anyCost = true;
      }
    }
    if (best != null) {
      row.putObject("best_model").put("id", best.id()).put("score", best.score().mean());
    }
    row.put(
        "recommended",
        summary.recommendation() == null ? null : summary.recommendation().modelId());
    row.put("total_cost_usd", anyCost ? total : null);
    row.put("cost_complete", anyCost && costComplete);
    row.put("report_missing", false);
    return row;
  }

  /** The row of a run without report.json: nothing known but that it is not complete. */
  private static ObjectNode missing(ObjectNode row) {
    row.putNull("started_at");
    row.putNull("finished_at");
    row.put("complete", false);
    row.putNull("incomplete_reason");
    row.putNull("exit_reason");
    row.putArray("tags");
    row.putArray("models");
    row.putNull("samples");
    row.putNull("recommended");
    row.putNull("total_cost_usd");
    row.put("cost_complete", false);
    row.put("report_missing", true);
    return row;
  }

  /**
   * The best model: highest mean score among models that scored samples and did not fail; on a tie
   * the cheaper.
   */
  static boolean better(ModelSummary model, ModelSummary best) {
    Double score = model.score().mean();
    if (score == null
        || model.status() == ModelState.FAILED
        || model.status() == ModelState.SKIPPED) {
      return false;
    }
    if (best == null) {
      return true;
    }
    double bestScore = best.score().mean();
    if (score != bestScore) {
      return score > bestScore;
    }
    BigDecimal cost = totalCost(model);
    BigDecimal bestCost = totalCost(best);
    return cost != null && (bestCost == null || cost.compareTo(bestCost) < 0);
  }

  private static BigDecimal totalCost(ModelSummary model) {
    return model.cost() == null ? null : model.cost().total();
  }
}
