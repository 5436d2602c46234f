package ai.trainloop.studio;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The studio's worker threads, with a deadline on reading each request. The JDK server reads a
 * request's line and headers on the worker that then runs the handler, so a client that sends half
 * a request would hold a worker for ever. An exchange still reading when its deadline passes is
 * interrupted: its socket channel, being interruptible, closes, and the worker is free again.
 * Handlers call {@link #requestRead()} first, which ends the deadline.
 */
final class StudioWorkers implements Executor {
  private final ThreadPoolExecutor pool;
  private final ScheduledThreadPoolExecutor timer;
  private final Duration readDeadline;

  @SuppressWarnings(
      "ThreadLocalUsage") // one per server: each server's workers track their own exchanges
  private final ThreadLocal<Exchange> current = new ThreadLocal<>();

  StudioWorkers(int threads, Duration readDeadline) {
    this.readDeadline = readDeadline;
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> daemon(r, "trainloop-studio"));
    pool.allowCoreThreadTimeOut(true);
    this.timer = new ScheduledThreadPoolExecutor(1, r -> daemon(r, "trainloop-studio-deadline"));
    timer.setRemoveOnCancelPolicy(true);
  }

  /** Runs one exchange of the HTTP server, under the read deadline. */
  @Override
  public void execute(Runnable exchange) {
    pool.execute(new Exchange(exchange));
  }

  /** Runs work of the studio's own (not a request) on a worker, with no deadline. */
  void background(Runnable work) {
    pool.execute(work);
  }

  /**
   * Called by the handler on its worker once the server has read the request: ends the read
   * deadline. False when the deadline passed first (the connection is being closed; send nothing).
   */
  boolean requestRead() {
    Exchange exchange = current.get();
    return exchange == null || exchange.handling();
  }

  void shutdownNow() {
    timer.shutdownNow();
    pool.shutdownNow();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** One exchange on its worker: reading until {@link #handling()}, then handling, then done. */
  private final class Exchange implements Runnable {
    private final Runnable task;
    private Thread worker; // guarded by this; null once the exchange is done
    private boolean reading = true; // guarded by this
    private boolean expired; // guarded by this

    Exchange(Runnable task) {
      this.task = task;
    }

    @Override
    public void run() {
      synchronized (this) {
        worker = Thread.currentThread();
      }
      current.set(this);
      ScheduledFuture<?> alarm =
          timer.schedule(this::expire, readDeadline.toMillis(), TimeUnit.MILLISECONDS);
      try {
        task.run();
      } finally {
        alarm.cancel(false);
        synchronized (this) {
          worker = null;
        }
        current.remove();
        Thread
            .interrupted(); // an expiry that came as the exchange ended must not reach the worker's
        // next one
      }
    }

    synchronized boolean handling() {
      reading = false;
      return !expired;
    }

    private synchronized void expire() {
      if (reading && worker != null) {
        expired = true;
        worker.interrupt();
      }
    }
  }
}
