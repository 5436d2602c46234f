package ai.trainloop.cli;

import ai.trainloop.run.CallResult;
import ai.trainloop.run.RunListener;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Keeps user code (a metric) from ending a run with exit 0 and no report: a shutdown hook,
 * installed while the run goes, that finds the run unfinished writes the partial report, names the
 * metric that called {@code System.exit} or {@code Runtime.exit} (its thread is blocked in the exit
 * while hooks run), and halts with exit 3. When the exit comes while the report is being written,
 * the hook waits for it and halts with the run's own code. Removed once the report is written, so
 * normal exits and signals are not disturbed. {@code Runtime.halt} runs no hook: nothing can catch
 * it.
 */
final class ExitGuard implements AutoCloseable {
  /** Writes the partial report of a run stopped for {@code why}; returns its exit code. */
  interface PartialReport {
    int write(String why) throws Exception;
  }

  private enum State {
    RUNNING,
    REPORTING,
    REPORTED,
    TAKEN
  }

  static final Duration REPORT_WAIT = Duration.ofSeconds(60);

  private final Map<String, String> metricByClass;
  private final PartialReport partial;
  private final Consumer<String> note;
  private final IntConsumer halt;
  private final Supplier<Map<Thread, StackTraceElement[]>> stacks;
  private final ReadWriteLock rows = new ReentrantReadWriteLock();
  private final Thread hook = new Thread(this::onShutdown, "trainloop-exit-guard");
  private State state = State.RUNNING;
  private int code = ExitCodes.RUN_FAILURE;
  private volatile boolean frozen;

  /**
   * @param metricByClass metric class name to metric name, to name the culprit
   * @param note prints a line on stderr
   */
  ExitGuard(
      Map<String, String> metricByClass,
      PartialReport partial,
      Consumer<String> note,
      IntConsumer halt,
      Supplier<Map<Thread, StackTraceElement[]>> stacks) {
    this.metricByClass = Map.copyOf(metricByClass);
    this.partial = partial;
    this.note = note;
    this.halt = halt;
    this.stacks = stacks;
  }

  /** A guard with the process's hook installed, halting through {@link Runtime#halt}. */
  static ExitGuard install(
      Map<String, String> metricByClass, PartialReport partial, Consumer<String> note) {
    ExitGuard guard =
        new ExitGuard(
            metricByClass,
            partial,
            note,
            code -> Runtime.getRuntime().halt(code),
            Thread::getAllStackTraces);
    Runtime.getRuntime().addShutdownHook(guard.hook);
    return guard;
  }

  /**
   * {@code inner}, told no more results once the hook has taken the run over (the partial report is
   * final).
   */
  RunListener listener(RunListener inner) {
    return new RunListener() {
      @Override
      public void onResult(CallResult result) {
        rows.readLock().lock();
        try {
          if (!frozen) {
            inner.onResult(result);
          }
        } finally {
          rows.readLock().unlock();
        }
      }

      @Override
      public void onWaiting(String modelId, Duration wait, String reason) {
        inner.onWaiting(modelId, wait, reason);
      }

      @Override
      public void onModelStopped(String modelId, String reason) {
        inner.onModelStopped(modelId, reason);
      }
    };
  }

  /**
   * The run is over and its report is about to be written; never returns once the hook has taken
   * over.
   */
  void reporting() throws InterruptedException {
    synchronized (this) {
      while (state == State.TAKEN) {
        wait(); // the hook writes the report and halts the process
      }
      state = State.REPORTING;
    }
  }

  /** The report is written and the run ends with {@code exitCode}. */
  synchronized void reported(int exitCode) {
    code = exitCode;
    state = State.REPORTED;
    notifyAll();
  }

  /** Removes the hook; during a shutdown it stays, and halts with the run's code. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // the JVM is shutting down (the hook runs) or the hook was never installed
    }
  }

  /** The hook's body. */
  void onShutdown() {
    boolean take;
    synchronized (this) {
      take = state == State.RUNNING;
      if (take) {
        state = State.TAKEN;
      } else {
        long end = System.nanoTime() + REPORT_WAIT.toNanos();
        while (state == State.REPORTING && System.nanoTime() < end) {
          try {
            TimeUnit.NANOSECONDS.timedWait(this, end - System.nanoTime());
          } catch (InterruptedException e) {
            break;
          }
        }
      }
    }
    if (!take) {
      halt.accept(code);
      return;
    }
    ExitCulprit culprit = ExitCulprit.find(stacks.get(), metricByClass);
    String why = culprit.who() + " tried to exit the process";
    note.accept(
        "\nerror: "
            + why
            + (culprit.at() == null ? "" : " (at " + culprit.at() + ")")
            + "; the run is stopped and its partial report written");
    int exit = ExitCodes.RUN_FAILURE;
    try {
      freeze();
      exit = partial.write(why);
    } catch (Throwable t) {
      note.accept("error: cannot write the partial report: " + t.getClass().getSimpleName());
    }
    halt.accept(exit == ExitCodes.OK ? ExitCodes.RUN_FAILURE : exit);
  }

  private void freeze() throws InterruptedException {
    boolean locked = rows.writeLock().tryLock(5, TimeUnit.SECONDS);
    frozen = true;
    if (locked) {
      rows.writeLock().unlock();
    }
  }
}
