package ai.trainloop.run;

import ai.trainloop.eval.Counterpart;
import ai.trainloop.events.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Sends every sample to every model with at most {@code maxConcurrent} calls in flight in all. Each
 * model has its own dispatcher, so a throttled provider holds back only its own calls. Threads are
 * bounded by the concurrency settings: a retry waits on a timer, holding no thread, and replies are
 * scored on a small pool of their own. Every pair taken up ends as one {@link CallResult} through
 * the listener, unless the run is stopped first.
 */
public final class Runner {
  private static final int SCORERS = Math.max(2, Runtime.getRuntime().availableProcessors());

  /**
   * Replies waiting to be scored before the dispatchers hold back new samples (calls in flight
   * still land).
   */
  private static final int SCORING_BACKLOG = 16 * SCORERS;

  private final RunOptions options;
  private final Ticker ticker;
  private final RunListener listener;
  private final CallAdmission admission;
  private final PairFilter pairs;
  private final int repeats;

  public Runner(RunOptions options, Ticker ticker, RunListener listener, CallAdmission admission) {
    this(options, ticker, listener, admission, PairFilter.ALL);
  }

  /** Sends each pair once. */
  public Runner(
      RunOptions options,
      Ticker ticker,
      RunListener listener,
      CallAdmission admission,
      PairFilter pairs) {
    this(options, ticker, listener, admission, pairs, 1);
  }

  /**
   * @param pairs the pairs sent; the others are passed over (a resumed run sends only the pairs
   *     without a result)
   * @param repeats how many times each pair is called (at least 1); each call's result has its
   *     repeat index
   */
  public Runner(
      RunOptions options,
      Ticker ticker,
      RunListener listener,
      CallAdmission admission,
      PairFilter pairs,
      int repeats) {
    if (repeats < 1) {
      throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
    }
    this.repeats = repeats;
    this.options = options;
    this.ticker = ticker;
    this.listener = listener;
    this.admission = admission == null ? CallAdmission.ALWAYS : admission;
    this.pairs = pairs == null ? PairFilter.ALL : pairs;
  }

  /**
   * Runs to the end, or until {@code control} is stopped; then waits up to {@code grace} for calls
   * in flight and replies being scored. Calls that are not in flight when it stops (waiting out a
   * retry, their pacing or a free slot) are not sent and not reported; those still in flight after
   * {@code grace} are cancelled and reported as {@link CallResult#NOT_FINISHED}. {@code samples} is
   * iterated once per model.
   */
  public RunSummary run(
      Iterable<RecordedCall> samples,
      List<ModelTarget> models,
      SampleScoring scoring,
      RunControl control,
      Duration grace)
      throws InterruptedException {
    Waits waits = new Waits();
    control.whenStopped(waits::stop);
    Reports reports = new Reports(listener, control);
    RunPools pools = RunPools.start(SCORERS);
    ReplyBoard board =
        new ReplyBoard(
            models.stream().map(ModelTarget::id).collect(Collectors.toSet()), scoring.awaited());
    control.whenStopped(() -> board.stop(control.reason()));
    RunContext ctx =
        new RunContext(
            options,
            ticker,
            new Backoff(options.retry().maxWait(), options.jitterSeed()),
            control,
            reports,
            scoring,
            waits,
            InFlight.upTo(options.maxConcurrent()),
            pools,
            admission,
            board);
    List<ModelLane> lanes = lanes(models);
    List<Thread> dispatchers = new ArrayList<>();
    for (ModelLane lane : lanes) {
      ctx.inFlight().pending().add();
      dispatchers.add(
          RunPools.daemonThreads("trainloop-dispatch-")
              .newThread(() -> dispatch(lane, samples, ctx)));
    }
    dispatchers.forEach(Thread::start);
    boolean ended = false;
    try {
      ended = awaitEnd(ctx.inFlight().pending(), control, grace);
    } finally {
      if (!ended) {
        ctx.inFlight().abandoned().set(true);
        List.copyOf(ctx.inFlight().live()).forEach(CallTask::abandon);
        dispatchers.forEach(Thread::interrupt);
      }
      board.stop(control.reason());
      pools.shutdown(ended);
    }
    String stopReason = control.reason() != null ? control.reason() : reports.failure();
    return summary(lanes, stopReason);
  }

  /**
   * True when every pair ended; false when the run was stopped and the grace period passed first.
   */
  private static boolean awaitEnd(Counter pending, RunControl control, Duration grace)
      throws InterruptedException {
    while (true) {
      if (pending.awaitAtMost(0, TimeUnit.MILLISECONDS.toNanos(100))) {
        return true;
      }
      if (control.stopped()) {
        return pending.awaitAtMost(0, grace.toNanos());
      }
    }
  }

  private void dispatch(ModelLane lane, Iterable<RecordedCall> samples, RunContext ctx) {
    try {
      Iterator<FilteredSamples.Call> it =
          FilteredSamples.of(samples.iterator(), pairs, lane.target(), repeats);
      while (!ctx.control().stopped()) {
        CallTask retry = lane.nextRetry();
        if (retry == null && !it.hasNext()) {
          CallTask[] next = new CallTask[1];
          if (!ctx.waits().await(() -> next[0] = lane.awaitRetry()) || next[0] == null) {
            return;
          }
          retry = next[0];
        }
        if (retry == null
            && !ctx.waits()
                .await(() -> ctx.inFlight().scoringBacklog().awaitAtMost(SCORING_BACKLOG))) {
          return;
        }
        lane.limit().acquire();
        CallTask task = retry != null ? retry : lane.nextRetry();
        if (task == null) {
          task = newTask(lane, it.next(), ctx);
          if (task == null) {
            continue;
          }
        } else {
          task.slotTaken();
        }
        if (ctx.control().stopped()) {
          lane.limit().release();
          return;
        }
        ctx.inFlight().track(task);
        try {
          ctx.pools().calls().execute(task);
        } catch (RejectedExecutionException runOver) {
          lane.limit().release();
          ctx.inFlight().untrack(task);
          lane.pairEnded();
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ctx.inFlight().pending().done();
    }
  }

  /**
   * A task for a new sample, holding the lane slot just taken; null when it is not sent (the slot
   * is given back).
   */
  private CallTask newTask(ModelLane lane, FilteredSamples.Call call, RunContext ctx) {
    RecordedCall sample = call.sample();
    if (lane.stopped()) {
      lane.limit().release();
      ctx.replies()
          .post(
              CallTask.boardKey(sample.id(), call.repeat()),
              lane.target().id(),
              Counterpart.missing(lane.target().id(), "not sent: " + lane.stopReason()));
      ctx.reports()
          .result(
              CallResult.builder()
                  .sampleId(sample.id())
                  .tag(sample.tag())
                  .modelId(lane.target().id())
                  .error("not sent: " + lane.stopReason())
                  .errorKind(CallResult.ErrorKind.MODEL_STOPPED)
                  .repeat(call.label())
                  .build());
      return null;
    }
    // a reply the cache holds costs nothing: a budget does not hold it back (the cache is only
    // asked ahead of the call when there is a budget that could)
    String refusal =
        ctx.control().stopped()
            ? ctx.control().reason()
            : admission.limits()
                    && lane.target()
                        .provider()
                        .answersFromCache(
                            () -> CallRequests.of(lane.target(), sample, ctx.options()),
                            call.repeat())
                ? null
                : admission.refuse(lane.target(), sample);
    if (refusal != null) {
      ctx.control().stop(refusal);
      lane.limit().release();
      return null;
    }
    return new CallTask(lane, call, ctx);
  }

  private List<ModelLane> lanes(List<ModelTarget> models) {
    Map<String, AdaptiveLimit> limits = new HashMap<>();
    Map<String, StartGate> gates = new HashMap<>();
    List<ModelLane> lanes = new ArrayList<>();
    for (ModelTarget m : models) {
      AdaptiveLimit limit =
          limits.computeIfAbsent(m.limiterKey(), k -> new AdaptiveLimit(options.maxConcurrent()));
      StartGate providerGate =
          gates.computeIfAbsent(
              m.limiterKey(), k -> StartGate.forRates(options.requestDelay(), null, null, ticker));
      StartGate modelGate =
          StartGate.forRates(Duration.ZERO, m.entry().rpm(), m.entry().tpm(), ticker);
      lanes.add(new ModelLane(m, limit, providerGate, modelGate, new HeaderPacer(ticker)));
    }
    return lanes;
  }

  private static RunSummary summary(List<ModelLane> lanes, String stopReason) {
    Map<String, Duration> active = new LinkedHashMap<>();
    Map<String, String> stopped = new LinkedHashMap<>();
    for (ModelLane lane : lanes) {
      active.put(lane.target().id(), Duration.ofNanos(lane.activeNanos()));
      if (lane.stopped()) {
        stopped.put(lane.target().id(), lane.stopReason());
      }
    }
    return new RunSummary(active, stopped, stopReason);
  }
}
