package ai.trainloop.studio;

import ai.trainloop.results.ReportSummary;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A run's report.json as the studio holds it: the records its figures are taken from, and the JSON
 * as the file has it (without {@code results[]}), which the run page shows field by field.
 *
 * @param summary the report read as records; null when the run has no report.json yet
 * @param json the report without its results; for a run without report.json, {@code {run_id,
 *     complete: false, report_missing: true}}
 */
record StudioReport(ReportSummary summary, ObjectNode json) {

  /** The stand-in for a run that has no report.json (still running, or killed). */
  static StudioReport missing(String runId) {
    ObjectNode json = StudioJson.MAPPER.createObjectNode();
    json.put("run_id", runId).put("complete", false).put("report_missing", true);
    return new StudioReport(null, json);
  }

  /** Whether the run has no report.json. */
  boolean isMissing() {
    return summary == null;
  }
}
