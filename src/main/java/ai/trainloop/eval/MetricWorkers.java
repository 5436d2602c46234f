package ai.trainloop.eval;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs metric invocations on daemon worker threads and waits for each at most the metric time-out.
 *
 * <p>A metric that passes the time-out fails that evaluation ("timed out after N s"); its thread is
 * interrupted and, if it does not stop, abandoned. To bound the abandoned threads, a metric that
 * has timed out {@value #MAX_TIMEOUTS} times, or that has timed out before while {@value
 * #MAX_STUCK} abandoned threads are still running, is not called again: its evaluations fail at
 * once ("skipped: metric X timed out N times").
 */
final class MetricWorkers implements AutoCloseable {
  static final int MAX_TIMEOUTS = 3;
  static final int MAX_STUCK = 8;

  /**
   * A safety net only: callers are bounded by the run's concurrency and stuck threads by the rules
   * above.
   */
  private static final int MAX_THREADS = 256;

  private final Duration timeout;
  private final ThreadPoolExecutor pool;
  private final Map<String, AtomicInteger> timeouts = new ConcurrentHashMap<>();
  private final AtomicInteger stuck = new AtomicInteger();

  MetricWorkers(Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the metric time-out must be positive, got " + timeout);
    }
    this.timeout = timeout;
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads =
        r -> {
          Thread t = new Thread(r, "trainloop-metric-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    this.pool =
        new ThreadPoolExecutor(
            0, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
  }

  /** The score {@code call} returns, or its failure; never throws. */
  MetricScore run(String name, Callable<MetricScore> call) {
    int timedOut = timeoutsOf(name).get();
    if (timedOut >= MAX_TIMEOUTS || (timedOut > 0 && stuck.get() >= MAX_STUCK)) {
      return MetricScore.failure(name, "skipped: metric " + name + " timed out " + times(timedOut));
    }
    AtomicInteger state = new AtomicInteger(); // 0 running, 1 finished, 2 abandoned
    Future<MetricScore> future;
    try {
      future =
          pool.submit(
              () -> {
                try {
                  return call.call();
                } finally {
                  if (!state.compareAndSet(0, 1)) {
                    stuck.decrementAndGet();
                  }
                }
              });
    } catch (RejectedExecutionException e) {
      return MetricScore.failure(name, "skipped: all " + MAX_THREADS + " metric threads are busy");
    }
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      if (state.compareAndSet(0, 2)) {
        stuck.incrementAndGet();
        timeoutsOf(name).incrementAndGet();
        future.cancel(true);
        return MetricScore.failure(name, "timed out after " + seconds(timeout) + " s");
      }
      return await(name, future); // it finished just now
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return MetricScore.failure(name, "not finished: interrupted");
    } catch (ExecutionException e) {
      return MetricScore.failure(name, Scorer.describe(e.getCause()));
    }
  }

  private static MetricScore await(String name, Future<MetricScore> done) {
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return MetricScore.failure(name, "not finished: interrupted");
    } catch (ExecutionException e) {
      return MetricScore.failure(name, Scorer.describe(e.getCause()));
    }
  }

  /** Abandoned metric threads still running. */
  int stuck() {
    return stuck.get();
  }

  private AtomicInteger timeoutsOf(String name) {
    return timeouts.computeIfAbsent(name, k -> new AtomicInteger());
  }

  private static String times(int n) {
    return n == 1 ? "once" : n + " times";
  }

  static String seconds(Duration d) {
    return BigDecimal.valueOf(d.toNanos()).movePointLeft(9).stripTrailingZeros().toPlainString();
  }

  /** Stops idle workers; abandoned ones are daemons and end with the process. */
  @Override
  public void close() {
    pool.shutdownNow();
  }
}
