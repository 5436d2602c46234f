package ai.trainloop.run.batch;

import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.batch.BatchClient;
import ai.trainloop.provider.batch.BatchStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Polls batches until each has ended or the run is stopped, waiting by the {@link PollSchedule}
 * between rounds, and tells each poll's status, counts and elapsed time as a line of progress. A
 * poll that keeps failing after its retries ends the batch as failed with that reason.
 */
final class BatchPoller {
  private final PollSchedule schedule;
  private final Sleeper sleeper;
  private final Clock clock;
  private final BooleanSupplier stop;
  private final Consumer<String> progress;
  private final BatchCalls calls;

  BatchPoller(
      PollSchedule schedule,
      Sleeper sleeper,
      Clock clock,
      BooleanSupplier stop,
      Consumer<String> progress,
      BatchCalls calls) {
    this.schedule = schedule;
    this.sleeper = sleeper;
    this.clock = clock;
    this.stop = stop;
    this.progress = progress;
    this.calls = calls;
  }

  /** The ended batches by id; those missing were still running when the run was stopped. */
  Map<String, BatchStatus> untilEnded(BatchClient client, String model, List<String> ids)
      throws InterruptedException {
    Map<String, BatchStatus> ended = new LinkedHashMap<>();
    Instant start = clock.instant();
    for (int round = 1; ended.size() < ids.size(); round++) {
      for (String id : ids) {
        if (ended.containsKey(id) || stop.getAsBoolean()) {
          continue;
        }
        BatchStatus status;
        try {
          status = calls.call(() -> client.poll(id));
        } catch (ProviderException e) {
          status = new BatchStatus(id, "unreachable", true, 0, 0, 0, e.getMessage(), null, null);
        }
        progress.accept(
            model
                + " batch "
                + id
                + ": "
                + status.summary()
                + ", "
                + elapsed(Duration.between(start, clock.instant())));
        if (status.ended()) {
          ended.put(id, status);
        }
      }
      if (ended.size() == ids.size() || stop.getAsBoolean()) {
        break;
      }
      sleeper.sleep(schedule.wait(round));
      if (stop.getAsBoolean()) {
        break;
      }
    }
    return ended;
  }

  private static String elapsed(Duration d) {
    long s = d.toSeconds();
    return s < 60 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
  }
}
