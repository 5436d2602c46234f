package ai.trainloop.run;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The thread pools of one run, all of daemon threads: {@code calls} runs attempts (as many threads
 * as calls in flight, which the run's semaphores bound), {@code scorers} scores replies off the
 * call threads, {@code timer} hands retries back to their lane.
 */
record RunPools(ExecutorService calls, ExecutorService scorers, ScheduledExecutorService timer) {

  /** New pools, with {@code scorers} threads for scoring. */
  static RunPools start(int scorers) {
    ThreadPoolExecutor scoring =
        new ThreadPoolExecutor(
            scorers,
            scorers,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            daemonThreads("trainloop-score-"));
    scoring.allowCoreThreadTimeOut(true);
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(1, daemonThreads("trainloop-timer-"));
    timer.setRemoveOnCancelPolicy(true);
    ThreadPoolExecutor calls =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            daemonThreads("trainloop-call-"));
    return new RunPools(calls, scoring, timer);
  }

  /**
   * Shuts every pool down: work already queued still runs when the run {@code ended}; otherwise
   * (abandoned after the grace period) it is interrupted.
   */
  void shutdown(boolean ended) {
    for (ExecutorService pool : List.of(calls, scorers, timer)) {
      if (ended) {
        pool.shutdown();
      } else {
        pool.shutdownNow();
      }
    }
  }

  /** Daemon threads named {@code prefix} and a number. */
  static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
