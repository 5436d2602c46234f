package ai.trainloop.run;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What of one run is under way. {@code global} bounds the calls in flight in all; {@code pending}
 * counts dispatchers and pairs under way (sent, or being scored), {@code live} holds those pairs,
 * {@code scoringBacklog} counts the replies waiting to be scored; {@code abandoned} is set when the
 * run stops waiting for calls in flight.
 */
record InFlight(
    Semaphore global,
    Counter pending,
    Set<CallTask> live,
    Counter scoringBacklog,
    AtomicBoolean abandoned) {

  /** Nothing under way yet, with at most {@code maxConcurrent} calls in flight at once. */
  static InFlight upTo(int maxConcurrent) {
    return new InFlight(
        new Semaphore(maxConcurrent, true),
        new Counter(),
        ConcurrentHashMap.newKeySet(),
        new Counter(),
        new AtomicBoolean());
  }

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
