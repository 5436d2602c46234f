package ai.trainloop.compare;

import ai.trainloop.config.CompareConfig;
import ai.trainloop.format.ChangeFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of comparing a run with a baseline run: per model rows, what could not be paired, and
 * whether the run regressed (exit code 1).
 *
 * @param baselineSource the baseline file as given
 * @param baselineRunId the baseline's run_id
 * @param currentRunId this run's run_id
 * @param config alpha, tolerances and fail_on used
 * @param models one entry per model with results in the baseline, in baseline order
 * @param modelsOnlyInCurrent models with results now but none in the baseline (new; not a
 *     regression)
 * @param samplesOnlyInBaseline sample ids with results in the baseline only
 * @param samplesOnlyInCurrent sample ids with results now only
 * @param comparisons rows with a p-value that can fail the run (their kind is in {@code fail_on}):
 *     the size m of the Holm family that decides the run; the other rows are corrected among
 *     themselves
 * @param notes other things worth saying (baseline incomplete, …)
 */
public record Comparison(
    String baselineSource,
    String baselineRunId,
    String currentRunId,
    CompareConfig config,
    List<ModelComparison> models,
    List<String> modelsOnlyInCurrent,
    List<String> samplesOnlyInBaseline,
    List<String> samplesOnlyInCurrent,
    int comparisons,
    List<String> notes) {

  public Comparison {
    models = List.copyOf(models);
    modelsOnlyInCurrent = List.copyOf(modelsOnlyInCurrent);
    samplesOnlyInBaseline = List.copyOf(samplesOnlyInBaseline);
    samplesOnlyInCurrent = List.copyOf(samplesOnlyInCurrent);
    notes = List.copyOf(notes);
  }

  /**
   * True when a gating row regressed or a baseline model lost coverage: the run should exit with
   * code 1.
   */
  public boolean regressed() {
    return models.stream().anyMatch(ModelComparison::regressed);
  }

  /** Baseline models with no results now. */
  public List<String> modelsOnlyInBaseline() {
    return models.stream()
        .filter(ModelComparison::coverageLost)
        .map(ModelComparison::modelId)
        .toList();
  }

  /** Every row, model by model. */
  public List<ChangeRow> rows() {
    return models.stream().flatMap(m -> m.rows().stream()).toList();
  }

  /** One line per row that fails the run, saying what changed; empty when nothing regressed. */
  public List<String> reasons() {
    List<String> reasons = new ArrayList<>();
    for (ModelComparison model : models) {
      if (model.coverageLost()) {
        reasons.add(
            model.modelId()
                + ": coverage lost (in the baseline, no results now"
                + (model.coverageReason() == null ? ")" : ": " + model.coverageReason() + ")"));
        continue;
      }
      model.rows().stream().filter(ChangeRow::failsRun).forEach(row -> reasons.add(reason(row)));
    }
    return reasons;
  }

  private String reason(ChangeRow row) {
    String change =
        row.kind().quality()
            ? String.format(
                Locale.ROOT, "%.3f -> %.3f (%+.3f)", row.baseline(), row.current(), row.delta())
            : String.format(Locale.ROOT, "%+.1f%%", row.delta() * 100);
    return String.format(
        Locale.ROOT,
        "%s %s regressed: %s, %s after Holm (alpha %s)",
        row.modelId(),
        row.name(),
        change,
        ChangeFormats.pClause(row.pAdjusted()),
        ChangeFormats.plain(config.alpha()));
  }
}
