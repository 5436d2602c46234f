package ai.trainloop.run;

import java.util.HashSet;
import java.util.Set;

/**
 * The run's sleeps (backoff before a retry, rpm/tpm pacing), cut short when the run stops: a call
 * waiting to be retried is not in flight, so an interrupted run should not wait for it, and must
 * not send it afterwards. Thread-safe.
 */
final class Waits {
  /** A wait that may be interrupted. */
  @FunctionalInterface
  interface Wait {
    void run() throws InterruptedException;
  }

  private final Set<Thread> waiting = new HashSet<>();
  private boolean stopped;

  /**
   * Runs {@code wait} unless the run stops before or during it.
   *
   * @return true when the wait ran to its end; false when the run stopped (the caller then sends
   *     nothing)
   * @throws InterruptedException when the thread was interrupted for another reason (the run
   *     abandons its calls)
   */
  boolean await(Wait wait) throws InterruptedException {
    Thread me = Thread.currentThread();
    synchronized (this) {
      if (stopped) {
        return false;
      }
      waiting.add(me);
    }
    boolean interrupted = false;
    try {
      wait.run();
    } catch (InterruptedException e) {
      interrupted = true;
    }
    synchronized (this) {
      waiting.remove(me);
      if (stopped) {
        // an interrupt from stop() may have arrived after the wait ended: it must not reach the
        // next call
        Thread.interrupted();
        return false;
      }
    }
    if (interrupted) {
      throw new InterruptedException();
    }
    return true;
  }

  /** Wakes every waiting thread and refuses every later wait. */
  synchronized void stop() {
    stopped = true;
    waiting.forEach(Thread::interrupt);
  }
}
