package ai.trainloop.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * report.json as records, all but its {@code results[]} rows (SCHEMA.md, schema_version 1): what
 * {@link ReportWriter} writes and {@link SavedRunReader} reads back, so that a report read and
 * written again is the same file. The rows are apart because a run's report streams them from
 * results.jsonl rather than holding them; {@link SavedRun} is a summary with its rows.
 *
 * @param toolVersion {@code tool.version}: the trainloop that wrote it; null when the report does
 *     not say
 * @param run the head: which run, when, how it ended, sample counts and settings
 * @param models {@code models[]}, in config order
 * @param recommendation the model to choose, or why there is none; null writes {@code null}
 * @param comparisons {@code comparisons[]}, the within-run pairwise comparisons, as the steps after
 *     this package render them; null writes {@code []}
 * @param baseline the comparison with a baseline run, as rendered; null writes {@code null}
 * @param judge the top-level {@code judge} block (judge models, calls, tokens, cost, agreement), as
 *     rendered; null leaves it out (no judge ran)
 * @param ab {@code ab[]}, every other model A/B-tested against the control, as rendered; null
 *     leaves it out (no control, or a report written before it existed)
 */
public record ReportSummary(
    String toolVersion,
    RunInfo run,
    List<ModelSummary> models,
    RecommendedModel recommendation,
    JsonNode comparisons,
    JsonNode baseline,
    JsonNode judge,
    JsonNode ab) {

  /** A report without an A/B test. */
  public ReportSummary(
      String toolVersion,
      RunInfo run,
      List<ModelSummary> models,
      RecommendedModel recommendation,
      JsonNode comparisons,
      JsonNode baseline,
      JsonNode judge) {
    this(toolVersion, run, models, recommendation, comparisons, baseline, judge, null);
  }

  /** A report of a run no judge took part in. */
  public ReportSummary(
      String toolVersion,
      RunInfo run,
      List<ModelSummary> models,
      RecommendedModel recommendation,
      JsonNode comparisons,
      JsonNode baseline) {
    this(toolVersion, run, models, recommendation, comparisons, baseline, null, null);
  }

  public ReportSummary {
    Objects.requireNonNull(run, "run");
    models = List.copyOf(models);
    comparisons = comparisons == null || comparisons.isNull() ? null : comparisons.deepCopy();
    baseline = baseline == null || baseline.isNull() ? null : baseline.deepCopy();
    judge = judge == null || judge.isNull() ? null : judge.deepCopy();
    ab = ab == null || ab.isNull() ? null : ab.deepCopy();
  }
}
