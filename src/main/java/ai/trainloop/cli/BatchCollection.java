package ai.trainloop.cli;

import ai.trainloop.cost.Budget;
import ai.trainloop.cost.ModelPrice;
import ai.trainloop.cost.TokenEstimator;
import ai.trainloop.cost.UsdFormat;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.batch.BatchClient;
import ai.trainloop.provider.batch.BatchItem;
import ai.trainloop.run.ModelTarget;
import ai.trainloop.run.PairFilter;
import ai.trainloop.run.RunControl;
import ai.trainloop.run.RunOptions;
import ai.trainloop.run.batch.BatchBudget;
import ai.trainloop.run.batch.BatchManifest;
import ai.trainloop.run.batch.BatchPlan;
import ai.trainloop.run.batch.BatchRun;
import ai.trainloop.run.batch.BatchSession;
import ai.trainloop.run.batch.BatchedProvider;
import ai.trainloop.run.batch.PollSchedule;
import ai.trainloop.run.batch.Sleeper;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The batched models' calls, before the runner starts: each model's calls go through its batch
 * session (collected from the run's {@code batches.json} when submitted before, else submitted, the
 * budget asked first), and its target becomes a {@link BatchedProvider} that answers the runner
 * from the results, so nothing of a batched model is sent synchronously. A stop while polling
 * leaves the batches running (and says how to collect them) or, with {@code --cancel-batches},
 * cancels them; a refusal by the budget stops the run before anything more is submitted.
 */
final class BatchCollection {
  private final BatchWiring wiring;
  private final RunFolder folder;
  private final RunControl control;
  private final Budget budget;
  private final Map<String, ModelPrice> prices;
  private final BenchmarkOptions options;
  private final CliContext ctx;
  private final Consumer<String> note;
  private BigDecimal committed = BigDecimal.ZERO;

  BatchCollection(
      CliContext ctx,
      BenchmarkOptions options,
      BatchWiring wiring,
      RunFolder folder,
      RunControl control,
      Budget budget,
      Map<String, ModelPrice> prices,
      Consumer<String> note) {
    this.ctx = ctx;
    this.options = options;
    this.wiring = wiring;
    this.folder = folder;
    this.control = control;
    this.budget = budget;
    this.prices = prices;
    this.note = note;
  }

  /** The targets, each batched one answering from its batches' results. */
  List<ModelTarget> collect(
      List<ModelTarget> targets,
      Iterable<RecordedCall> samples,
      RunOptions runOptions,
      PairFilter pairs,
      int repeats)
      throws Exception {
    if (!wiring.any()) {
      return targets;
    }
    BatchManifest manifest = BatchManifest.open(folder.dir(), new ObjectMapper());
    PollSchedule schedule =
        options.batchPoll != null
            ? PollSchedule.startingAt(options.batchPoll)
            : PollSchedule.DEFAULT;
    BatchSession session =
        new BatchSession(
            manifest,
            schedule,
            stoppable(),
            ctx.clock(),
            control::stopped,
            note,
            options.quiet ? line -> {} : note, // --quiet: no poll progress
            runOptions.retry().maxAttempts());
    // every batched model's batches are submitted and polled at once, each on its own thread: a
    // batch may take hours, and the models' batches must not wait for one another
    ExecutorService pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread thread = new Thread(r, "trainloop-batch");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<ModelTarget>> futures = new ArrayList<>();
      for (ModelTarget t : targets) {
        futures.add(
            wiring.batched(t.id())
                ? pool.submit(() -> collectOne(session, t, samples, runOptions, pairs, repeats))
                : CompletableFuture.completedFuture(t));
      }
      List<ModelTarget> out = new ArrayList<>();
      for (Future<ModelTarget> f : futures) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** One batched model: its batches collected or submitted, then polled until they end. */
  private ModelTarget collectOne(
      BatchSession session,
      ModelTarget t,
      Iterable<RecordedCall> samples,
      RunOptions runOptions,
      PairFilter pairs,
      int repeats)
      throws Exception {
    BatchClient client = wiring.client(t.id());
    BatchPlan plan = new BatchPlan(t, samples, runOptions, pairs, repeats);
    BatchRun run =
        control.stopped()
            ? new BatchRun(Map.of(), List.of(), true, null)
            : session.run(client, t.id(), plan.items(), options.retryErrors, budget(t, plan));
    if (run.refused() != null) {
      control.stop(run.refused());
      note.accept("batch: " + run.refused());
    } else if (!run.running().isEmpty()) {
      leaveOrCancel(client, t.id(), run.running());
    }
    return new ModelTarget(
        t.entry(), new BatchedProvider(t.provider(), plan, run.outcomes()), t.limiterKey());
  }

  /** A stop while polling: the batches go on (and the command that collects them), or cancelled. */
  private void leaveOrCancel(BatchClient client, String model, List<String> running) {
    if (!options.cancelBatches) {
      note.accept(
          "batch: "
              + model
              + ": left running: "
              + String.join(", ", running)
              + "; collect them with: trainloop benchmark --resume "
              + folder.runId());
      return;
    }
    for (String id : running) {
      try {
        client.cancel(id);
        note.accept("batch: " + model + ": cancelled batch " + id);
      } catch (ProviderException e) {
        note.accept("batch: " + model + ": could not cancel batch " + id + ": " + e.getMessage());
      }
    }
  }

  /**
   * {@code --max-cost}: a batch is refused, before it is submitted, when its estimate at the batch
   * price, with what was spent and the batches already submitted, passes the budget.
   */
  private BatchBudget budget(ModelTarget target, BatchPlan plan) {
    if (budget == null) {
      return BatchBudget.NONE;
    }
    ModelPrice price = prices.get(target.id());
    TokenEstimator estimator = new TokenEstimator();
    return (vendor, model, items) -> {
      BigDecimal estimate = BigDecimal.ZERO;
      if (price != null) {
        for (BatchItem item : items) {
          estimate =
              estimate.add(
                  estimator.estimateCost(target.entry(), plan.sample(item.customId()), price));
        }
      }
      return admit(model, items.size(), estimate);
    };
  }

  /** Admits a batch whose estimate is {@code estimate}, or says why not; models submit at once. */
  private synchronized String admit(String model, int calls, BigDecimal estimate) {
    BigDecimal total = committed.add(budget.spent()).add(estimate);
    if (total.compareTo(budget.limit()) > 0) {
      return "budget of "
          + UsdFormat.format(budget.limit())
          + " would be passed: a batch of "
          + calls
          + " call(s) to "
          + model
          + " ~"
          + UsdFormat.format(estimate)
          + " at the batch price; nothing of it was submitted";
    }
    committed = committed.add(estimate);
    return null;
  }

  /** Sleeps in short slices so that a stop ends the wait between polls at once. */
  private Sleeper stoppable() {
    return d -> {
      long end = System.nanoTime() + d.toNanos();
      while (!control.stopped()) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          return;
        }
        Thread.sleep(Math.max(1, Math.min(Duration.ofNanos(left).toMillis(), 100)));
      }
    };
  }
}
