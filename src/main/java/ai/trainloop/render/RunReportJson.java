package ai.trainloop.render;

import ai.trainloop.compare.Comparison;
import ai.trainloop.compare.RunFindings;
import ai.trainloop.decide.RunSelection;
import ai.trainloop.results.ReportSummary;
import ai.trainloop.results.RunInfo;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The report.json of a finished run, as the one record the results writer writes: the findings'
 * summaries and recommendation, with the parts rendered here as JSON ({@code comparisons[]}, the
 * {@code baseline} comparison). Built once, in memory, so that the report is written once and the
 * comparison and JUnit output see it as it will read back.
 */
public final class RunReportJson {
  private RunReportJson() {}

  /**
   * @param toolVersion the trainloop writing it
   * @param run the head of the report: times, how the run ended, its exit code
   * @param comparison the comparison with the baseline, or null
   */
  public static ReportSummary of(
      String toolVersion, RunInfo run, RunFindings findings, Comparison comparison) {
    return of(toolVersion, run, findings, comparison, null);
  }

  /**
   * @param judge the {@code judge} block when a judge ran, else null
   */
  public static ReportSummary of(
      String toolVersion,
      RunInfo run,
      RunFindings findings,
      Comparison comparison,
      JsonNode judge) {
    return new ReportSummary(
        toolVersion,
        run,
        findings.models(),
        RunSelection.recommendation(findings.selection()),
        PairwiseRenderer.toJson(findings.pairs()),
        comparison == null ? null : ComparisonJson.toJson(comparison),
        judge,
        findings.selection().control() == null
            ? null
            : AbRenderer.toJson(findings.selection().ab()));
  }
}
