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

  @Override
  public long nanos() {
    return now.get();
  }

  @Override
  public void sleep(Duration d) {
    sleeps.add(d);
    now.addAndGet(d.toNanos());
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
