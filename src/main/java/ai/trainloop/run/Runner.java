package ai.trainloop.run;

import ai.trainloop.events.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Phaser;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends every sample to every model with at most {@code maxConcurrent} calls in flight in all. Each model has its
 * own dispatcher, so a throttled provider holds back only its own calls. Every pair taken up ends as one
 * {@link CallResult} through the listener, unless the run is stopped first.
 */
public final class Runner {
  private final RunOptions options;
  private final Ticker ticker;
  private final RunListener listener;
  private final CallAdmission admission;

  public Runner(RunOptions options, Ticker ticker, RunListener listener, CallAdmission admission) {
    this.options = options;
    this.ticker = ticker;
    this.listener = listener;
    this.admission = admission == null ? CallAdmission.ALWAYS : admission;
  }

  /**
   * Runs to the end, or until {@code control} is stopped; then waits up to {@code grace} for calls in flight. Calls
   * that are not in flight when it stops (waiting out a retry, their pacing or a free slot) are not sent and not
   * reported. {@code samples} is iterated once per model.
   */
  public RunSummary run(Iterable<RecordedCall> samples, List<ModelTarget> models, SampleScoring scoring,
      RunControl control, Duration grace) throws InterruptedException {
    Waits waits = new Waits();
    control.whenStopped(waits::stop);
    RunContext ctx = new RunContext(options, new Semaphore(options.maxConcurrent(), true), ticker,
        new Backoff(options.retry().maxWait(), options.jitterSeed()), control, listener, scoring, waits,
        new AtomicBoolean());
    List<ModelLane> lanes = lanes(models);
    ExecutorService pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), daemonThreads("trainloop-call-"));
    Phaser inFlight = new Phaser(1);
    List<Thread> dispatchers = new ArrayList<>();
    for (ModelLane lane : lanes) {
      inFlight.register();
      Thread t = daemonThreads("trainloop-dispatch-").newThread(
          () -> dispatch(lane, samples, ctx, pool, inFlight));
      dispatchers.add(t);
    }
    dispatchers.forEach(Thread::start);
    int phase = inFlight.arriveAndDeregister();
    try {
      awaitEnd(inFlight, phase, control, grace);
    } finally {
      if (!inFlight.isTerminated()) {
        ctx.abandoned().set(true);
        dispatchers.forEach(Thread::interrupt);
        pool.shutdownNow();
      } else {
        pool.shutdown();
      }
    }
    return summary(lanes, control);
  }

  private void awaitEnd(Phaser inFlight, int phase, RunControl control, Duration grace)
      throws InterruptedException {
    while (true) {
      try {
        inFlight.awaitAdvanceInterruptibly(phase, 100, TimeUnit.MILLISECONDS);
        return;
      } catch (TimeoutException e) {
        if (control.stopped()) {
          try {
            inFlight.awaitAdvanceInterruptibly(phase, grace.toMillis(), TimeUnit.MILLISECONDS);
          } catch (TimeoutException gaveUp) {
            // the calls still in flight are abandoned: they are not reported
          }
          return;
        }
      }
    }
  }

  private void dispatch(ModelLane lane, Iterable<RecordedCall> samples, RunContext ctx, ExecutorService pool,
      Phaser inFlight) {
    try {
      for (RecordedCall sample : samples) {
        if (ctx.control().stopped()) {
          return;
        }
        if (lane.stopped()) {
          listener.onResult(stoppedResult(lane, sample));
          continue;
        }
        lane.limit().acquire();
        if (lane.stopped()) {
          lane.limit().release();
          listener.onResult(stoppedResult(lane, sample));
          continue;
        }
        String refusal = ctx.control().stopped() ? ctx.control().reason() : admission.refuse(lane.target(), sample);
        if (refusal != null) {
          ctx.control().stop(refusal);
          lane.limit().release();
          return;
        }
        inFlight.register();
        pool.execute(() -> runOne(lane, sample, ctx, inFlight));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.arriveAndDeregister();
    }
  }

  private static CallResult stoppedResult(ModelLane lane, RecordedCall sample) {
    return new CallResult(sample.id(), sample.tag(), lane.target().id(), null, null, null, 0, null,
        "not sent: " + lane.stopReason(), CallResult.ErrorKind.MODEL_STOPPED, List.of());
  }

  private void runOne(ModelLane lane, RecordedCall sample, RunContext ctx, Phaser inFlight) {
    CallTask task = new CallTask(lane, sample, ctx);
    try {
      CallResult result = task.call();
      task.releaseSlot();
      if (result != null && !ctx.abandoned().get()) {
        listener.onResult(result);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      task.releaseSlot();
      inFlight.arriveAndDeregister();
    }
  }

  private List<ModelLane> lanes(List<ModelTarget> models) {
    Map<String, AdaptiveLimit> limits = new HashMap<>();
    Map<String, StartGate> gates = new HashMap<>();
    List<ModelLane> lanes = new ArrayList<>();
    for (ModelTarget m : models) {
      AdaptiveLimit limit = limits.computeIfAbsent(m.limiterKey(), k -> new AdaptiveLimit(options.maxConcurrent()));
      StartGate providerGate = gates.computeIfAbsent(m.limiterKey(),
          k -> StartGate.forRates(options.requestDelay(), null, null, ticker));
      StartGate modelGate = StartGate.forRates(Duration.ZERO, m.entry().rpm(), m.entry().tpm(), ticker);
      lanes.add(new ModelLane(m, limit, providerGate, modelGate));
    }
    return lanes;
  }

  private RunSummary summary(List<ModelLane> lanes, RunControl control) {
    Map<String, Duration> active = new LinkedHashMap<>();
    Map<String, String> stopped = new LinkedHashMap<>();
    for (ModelLane lane : lanes) {
      active.put(lane.target().id(), Duration.ofNanos(lane.activeNanos()));
      if (lane.stopped()) {
        stopped.put(lane.target().id(), lane.stopReason());
      }
    }
    return new RunSummary(active, stopped, control.reason());
  }

  private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
