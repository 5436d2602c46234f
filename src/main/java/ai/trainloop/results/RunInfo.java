package ai.trainloop.results;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The head of report.json: which run, when, how it ended, and what it covered.
 *
 * @param runId the run folder's name, {@code YYYY-MM-DD_HH-MM-SS} (local start time)
 * @param startedAt when the run started
 * @param finishedAt when it ended (also when interrupted)
 * @param complete false when interrupted or stopped by the budget
 * @param incompleteReason e.g. "interrupted", "budget of $1.00 reached"; null when complete
 * @param exitCode the process exit code
 * @param exitReason ok, regression, gate_failed, model_failed, budget or interrupted
 * @param tags tags benchmarked (written sorted)
 * @param samples sample counts
 * @param config the effective settings
 * @param resumed every {@code --resume} of the run, oldest first; empty for a run never resumed
 */
public record RunInfo(
    String runId,
    Instant startedAt,
    Instant finishedAt,
    boolean complete,
    String incompleteReason,
    int exitCode,
    String exitReason,
    List<String> tags,
    SampleCounts samples,
    ConfigSummary config,
    List<ResumeEntry> resumed) {

  public RunInfo {
    Objects.requireNonNull(runId, "runId");
    tags = tags == null ? List.of() : tags.stream().sorted().toList();
    resumed = resumed == null ? List.of() : List.copyOf(resumed);
  }

  /** The head of a run never resumed. */
  public RunInfo(
      String runId,
      Instant startedAt,
      Instant finishedAt,
      boolean complete,
      String incompleteReason,
      int exitCode,
      String exitReason,
      List<String> tags,
      SampleCounts samples,
      ConfigSummary config) {
    this(
        runId,
        startedAt,
        finishedAt,
        complete,
        incompleteReason,
        exitCode,
        exitReason,
        tags,
        samples,
        config,
        List.of());
  }
}
