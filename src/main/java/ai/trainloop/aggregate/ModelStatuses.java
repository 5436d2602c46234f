package ai.trainloop.aggregate;

import ai.trainloop.cost.Price;
import ai.trainloop.results.ModelState;
import ai.trainloop.results.ModelStatus;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.run.RunSummary;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each model's status at the end of a run, from how it was planned and how the run went: skipped
 * when it was never called; failed when it was stopped for good (its key rejected) or every call
 * failed; stopped when the run ended early; else ok.
 */
public final class ModelStatuses {
  /**
   * One configured model as the run treated it.
   *
   * @param id the model id
   * @param called whether it was called
   * @param skippedReason why it was not called; null when it was
   * @param price the price its costs were computed with; null when unknown or cost tracking is off
   * @param replayed the recorded row, which replays answers: its latencies are the recorded ones
   *     and its rate of requests meaningless, so it has no active time
   */
  public record Planned(
      String id, boolean called, String skippedReason, Price price, boolean replayed) {}

  private ModelStatuses() {}

  /**
   * Model id to status, in the order of {@code models}.
   *
   * @param aggregator the run's aggregates (whether a model scored anything)
   * @param run how the run ended: active times, models stopped for good, why it stopped early
   * @param failures each model's first error, named when every call failed
   */
  public static Map<String, ModelStatus> of(
      List<Planned> models, RunAggregator aggregator, RunSummary run, FailureTracker failures) {
    Map<String, ModelStatus> statuses = new LinkedHashMap<>();
    for (Planned m : models) {
      if (!m.called()) {
        statuses.put(m.id(), ModelStatus.skipped(m.skippedReason()));
        continue;
      }
      Duration active = m.replayed() ? null : run.activeTime().get(m.id());
      String stopped = run.stopped().get(m.id());
      ModelSummary so = aggregator.summary(m.id(), ModelStatus.ok(active, m.price()));
      if (stopped != null) {
        statuses.put(m.id(), new ModelStatus(ModelState.FAILED, stopped, active, m.price()));
      } else if (so.samples() == 0 && so.errors() > 0) {
        statuses.put(
            m.id(),
            new ModelStatus(
                ModelState.FAILED,
                "every call failed; the first: " + failures.firstError(m.id()),
                active,
                m.price()));
      } else if (!run.complete()) {
        statuses.put(
            m.id(), new ModelStatus(ModelState.STOPPED, run.stopReason(), active, m.price()));
      } else {
        statuses.put(m.id(), ModelStatus.ok(active, m.price()));
      }
    }
    return statuses;
  }
}
