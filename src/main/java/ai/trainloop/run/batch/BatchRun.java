package ai.trainloop.run.batch;

import ai.trainloop.provider.batch.BatchOutcome;
import java.util.List;
import java.util.Map;

/**
 * What a model's batches gave: an outcome for every custom id asked for unless the run was stopped
 * (or refused) first; the ids of the batches left running when it was stopped; a refusal by the
 * budget, or null.
 */
public record BatchRun(
    Map<String, BatchOutcome> outcomes, List<String> running, boolean stopped, String refused) {
  public BatchRun {
    outcomes = Map.copyOf(outcomes);
    running = List.copyOf(running);
  }
}
