package ai.trainloop.run;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Real time, but every sleep (backoff, pacing) is held until the test lets go: a test can then look at the run while
 * calls wait, with no race against the length of the wait. Sleeps stay interruptible, as the real ones are.
 */
final class HeldTicker implements Ticker {
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @Override
  public long nanos() {
    return System.nanoTime();
  }

  @Override
  public void sleep(Duration d) throws InterruptedException {
    sleeps.add(d);
    release.await();
  }

  /** Ends every sleep, and makes later ones return at once. */
  void letGo() {
    release.countDown();
  }
}
