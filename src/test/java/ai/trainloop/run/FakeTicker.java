package ai.trainloop.run;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when asked to sleep, and remembers every sleep. */
final class FakeTicker implements Ticker {
  final AtomicLong now = new AtomicLong(1_000_000_000L);
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final ThreadLocal<Long> seen = new ThreadLocal<>();

  @Override
  public long nanos() {
    long t = now.get();
    seen.set(t);
    return t;
  }

  @Override
  public void sleep(Duration d) {
    sleeps.add(d);
    seen.set(now.addAndGet(d.toNanos()));
  }

  /**
   * The time this thread last read or slept to. Another thread's sleep moves the shared clock, so a
   * thread that was slow to go on after its own wait would read a later time than it woke at.
   */
  long seenByThisThread() {
    Long t = seen.get();
    return t == null ? nanos() : t;
  }

  /**
   * A timed wait is a sleep too: the clock moves at once and the task runs on the timer right away.
   */
  @Override
  public void schedule(ScheduledExecutorService timer, Duration d, Runnable task) {
    sleep(d);
    timer.execute(task);
  }
}
