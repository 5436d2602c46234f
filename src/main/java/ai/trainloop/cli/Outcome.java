package ai.trainloop.cli;

import ai.trainloop.compare.Comparison;
import ai.trainloop.decide.Selection;
import ai.trainloop.results.ModelState;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.run.RunSummary;
import java.util.List;

/**
 * The exit code of a run and why: interrupted (130) before a run failure (3: a model failed, the
 * budget was reached) before a regression or a missed gate with --fail-on-gate (1) before success
 * (0).
 *
 * @param code the exit code
 * @param reason report.json's exit_reason: ok, regression, gate_failed, model_failed, budget,
 *     run_failed, metric_exited or interrupted
 * @param message a line for stderr explaining a non-zero code; null for 0
 */
record Outcome(int code, String reason, String message) {

  /**
   * @param comparison the comparison with the baseline, or null when there is none
   */
  static Outcome decide(
      RunSummary run,
      List<ModelSummary> models,
      Selection selection,
      boolean failOnGate,
      Comparison comparison) {
    if ("interrupted".equals(run.stopReason())) {
      return interrupted(StopSignal.INT);
    }
    if (run.stopReason() != null) {
      String reason = run.stopReason().startsWith("budget") ? "budget" : "run_failed";
      return new Outcome(ExitCodes.RUN_FAILURE, reason, "stopped early: " + run.stopReason());
    }
    List<String> failed =
        models.stream()
            .filter(m -> m.status() == ModelState.FAILED)
            .map(m -> m.id() + " (" + m.statusReason() + ")")
            .toList();
    if (!failed.isEmpty()) {
      return new Outcome(
          ExitCodes.RUN_FAILURE,
          "model_failed",
          "could not benchmark: " + String.join("; ", failed));
    }
    if (comparison != null && comparison.regressed()) {
      return new Outcome(
          ExitCodes.REGRESSION,
          "regression",
          "regression against the baseline:\n  " + String.join("\n  ", comparison.reasons()));
    }
    if (failOnGate && selection.anyModelMissesGate()) {
      return new Outcome(
          ExitCodes.REGRESSION, "gate_failed", "a model missed a gate (--fail-on-gate)");
    }
    return new Outcome(ExitCodes.OK, "ok", null);
  }

  /** A run stopped by {@code signal}: its exit code (130, 143 or 129), exit_reason interrupted. */
  static Outcome interrupted(StopSignal signal) {
    return new Outcome(
        signal.code(),
        "interrupted",
        "interrupted ("
            + signal.label()
            + "): the report holds every call that finished and says it is partial");
  }

  /**
   * A run ended because user code (a metric) tried to exit the process: exit 3, exit_reason
   * metric_exited.
   */
  static Outcome metricExited(String why) {
    return new Outcome(ExitCodes.RUN_FAILURE, "metric_exited", "stopped early: " + why);
  }
}
