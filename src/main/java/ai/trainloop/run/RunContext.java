package ai.trainloop.run;

import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What every call of one run shares; {@code waits} are cut short when the run stops; {@code
 * abandoned} is set when the run stops waiting for calls in flight. {@code calls} runs attempts,
 * {@code scorers} scores replies off the call threads, {@code timer} hands retries back to their
 * lane; {@code pending} counts dispatchers and pairs under way (sent, or being scored), {@code
 * live} holds those pairs, {@code scoringBacklog} the replies waiting to be scored.
 */
record RunContext(
    RunOptions options,
    Semaphore global,
    Ticker ticker,
    Backoff backoff,
    RunControl control,
    Reports reports,
    SampleScoring scoring,
    Waits waits,
    AtomicBoolean abandoned,
    ExecutorService calls,
    ExecutorService scorers,
    ScheduledExecutorService timer,
    Counter pending,
    Set<CallTask> live,
    Counter scoringBacklog) {

  /**
   * A pair is under way: counted until it {@linkplain #untrack ends} or goes back to wait out a
   * retry.
   */
  void track(CallTask task) {
    pending.add();
    live.add(task);
  }

  void untrack(CallTask task) {
    live.remove(task);
    pending.done();
  }
}
