package ai.trainloop.compare;

import java.util.List;

/**
 * One model of the baseline compared with the same model now.
 *
 * @param modelId the model id (pairs models across runs)
 * @param coverageLost the model has results in the baseline and none now
 * @param coverageReason why, when known (for example the current status reason); else null
 * @param pairedSamples samples of this model present in both runs and scored in the baseline
 * @param newErrors of those, samples whose call failed now but not in the baseline (scored 0)
 * @param erroredInBaseline samples whose call failed in the baseline only (left out: no baseline
 *     score)
 * @param erroredInBoth samples whose call failed in both runs (left out)
 * @param minimumDetectableDrop drop in Avg this comparison detects with 80% power at the Holm level
 *     α/m; NaN if nothing was paired
 * @param rows score, metric, cost and latency rows, in that order
 */
public record ModelComparison(
    String modelId,
    boolean coverageLost,
    String coverageReason,
    int pairedSamples,
    int newErrors,
    int erroredInBaseline,
    int erroredInBoth,
    double minimumDetectableDrop,
    List<ChangeRow> rows) {

  public ModelComparison {
    rows = List.copyOf(rows);
  }

  /** True when any row of this model fails the run. */
  public boolean regressed() {
    return rows.stream().anyMatch(ChangeRow::failsRun);
  }
}
