package ai.trainloop.run.batch;

import java.time.Duration;

/** Waits between polls; tests pass one that returns at once. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration d) throws InterruptedException;

  static Sleeper real() {
    return d -> Thread.sleep(d.toMillis());
  }
}
