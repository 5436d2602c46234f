package ai.trainloop.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Real time, but every sleep (backoff, pacing) is held until the test lets go: a test can then look
 * at the run while calls wait, with no race against the length of the wait. Sleeps stay
 * interruptible, as the real ones are.
 */
final class HeldTicker implements Ticker {
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<Runnable> held = new ArrayList<>();

  @Override
  public long nanos() {
    return System.nanoTime();
  }

  @Override
  public void sleep(Duration d) throws InterruptedException {
    sleeps.add(d);
    release.await();
  }

  /** A timed wait is held the same way: its task runs once the test lets go. */
  @Override
  public void schedule(ScheduledExecutorService timer, Duration d, Runnable task) {
    sleeps.add(d);
    synchronized (held) {
      if (release.getCount() > 0) {
        held.add(() -> timer.execute(task));
        return;
      }
    }
    timer.execute(task);
  }

  /** Ends every sleep, and makes later ones return at once. */
  void letGo() {
    List<Runnable> go;
    synchronized (held) {
      release.countDown();
      go = List.copyOf(held);
      held.clear();
    }
    for (Runnable r : go) {
      try {
        r.run();
      } catch (java.util.concurrent.RejectedExecutionException runOver) {
        // the run has ended: nothing to hand back
      }
    }
  }
}
