package ai.trainloop.cli;

import ai.trainloop.render.ControlChars;
import ai.trainloop.run.CallResult;
import ai.trainloop.run.RunListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Progress on stderr: a live line (done/total, per model, elapsed, ETA, what is waiting) redrawn in
 * place when stderr is a terminal; a plain line every few seconds when it is not (cron, CI);
 * nothing when quiet.
 */
final class Progress implements AutoCloseable, RunListener {
  private final PrintWriter err;
  private final Terminal terminal;
  private final LongSupplier nanos;
  private final Map<String, Counter> models = new LinkedHashMap<>();
  private final AtomicReference<Waiting> waiting = new AtomicReference<>();
  private final Duration plainPeriod;
  private final AtomicInteger retries = new AtomicInteger();
  private final long total;
  private final long startNanos;
  private ScheduledExecutorService ticker;

  private static final class Counter {
    final long total;
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();

    Counter(long total) {
      this.total = total;
    }
  }

  /** The latest wait a call is in: shown, with the time left, until it is over. */
  private record Waiting(String modelId, String reason, long untilNanos) {}

  Progress(
      PrintWriter err, Terminal terminal, LongSupplier nanos, Map<String, Long> totalPerModel) {
    this(err, terminal, nanos, totalPerModel, Duration.ofSeconds(5));
  }

  /**
   * @param plainPeriod how often the plain line is printed when stderr is not a terminal
   */
  Progress(
      PrintWriter err,
      Terminal terminal,
      LongSupplier nanos,
      Map<String, Long> totalPerModel,
      Duration plainPeriod) {
    this.err = err;
    this.plainPeriod = plainPeriod;
    this.terminal = terminal;
    this.nanos = nanos;
    long sum = 0;
    for (var e : totalPerModel.entrySet()) {
      models.put(e.getKey(), new Counter(e.getValue()));
      sum += e.getValue();
    }
    this.total = sum;
    this.startNanos = nanos.getAsLong();
  }

  /** Starts redrawing: every 200 ms on a terminal, every 5 s otherwise. */
  void start() {
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "trainloop-progress");
              t.setDaemon(true);
              return t;
            });
    long period = terminal.stderrIsTerminal() ? 200 : plainPeriod.toMillis();
    var unused = ticker.scheduleAtFixedRate(this::draw, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public void onResult(CallResult r) {
    Counter c = models.get(r.modelId());
    if (c != null) {
      c.done.incrementAndGet();
      if (!r.ok()) {
        c.errors.incrementAndGet();
      }
    }
  }

  @Override
  public void onWaiting(String modelId, Duration wait, String reason) {
    retries.incrementAndGet();
    waiting.set(new Waiting(modelId, reason, nanos.getAsLong() + wait.toNanos()));
  }

  /**
   * "anthropic/claude…: rate limited, retrying in 2.1 s; 3 retries so far", or null when nothing
   * waits now.
   */
  private String waitingNote() {
    Waiting w = waiting.get();
    long left = w == null ? 0 : w.untilNanos() - nanos.getAsLong();
    if (left <= 0) {
      return null;
    }
    int n = retries.get();
    return String.format(
        Locale.ROOT,
        "%s: %s, retrying in %.1f s; %d retr%s so far",
        w.modelId(),
        w.reason(),
        left / 1e9,
        n,
        n == 1 ? "y" : "ies");
  }

  synchronized void draw() {
    String line = line();
    if (terminal.stderrIsTerminal()) {
      line =
          ControlChars.singleLine(
              line); // escaped before measuring, so the redraw stays on one line
      if (line.length() > terminal.width() - 1) {
        line = line.substring(0, terminal.width() - 4) + "...";
      }
      TerminalWriter.live(err, line); // a warning printed meanwhile clears it and redraws it
    } else {
      err.println(line);
    }
    err.flush();
  }

  String line() {
    long done = 0;
    long errors = 0;
    StringBuilder per = new StringBuilder();
    for (var e : models.entrySet()) {
      Counter c = e.getValue();
      done += c.done.get();
      errors += c.errors.get();
      per.append(" · ")
          .append(e.getKey())
          .append(' ')
          .append(c.done.get())
          .append('/')
          .append(c.total);
    }
    long elapsed = nanos.getAsLong() - startNanos;
    String eta =
        done == 0 || done >= total
            ? "--"
            : clock((long) ((double) elapsed / done * (total - done)));
    StringBuilder sb = new StringBuilder();
    if (terminal.stderrIsTerminal()) {
      sb.append(bar(done, total)).append(' ');
    } else {
      sb.append("progress: ");
    }
    sb.append(done).append('/').append(total).append(" calls");
    if (errors > 0) {
      sb.append(", ").append(errors).append(errors == 1 ? " error" : " errors");
    }
    sb.append(", elapsed ").append(clock(elapsed)).append(", ETA ").append(eta).append(per);
    String w = waitingNote();
    if (w != null) {
      sb.append(" · ").append(w);
    }
    return sb.toString();
  }

  private String bar(long done, long total) {
    int width = 20;
    int filled = total == 0 ? width : (int) (width * done / total);
    String full = terminal.utf8() ? "█" : "#";
    String empty = terminal.utf8() ? "░" : "-";
    return "[" + full.repeat(filled) + empty.repeat(width - filled) + "]";
  }

  private static String clock(long nanos) {
    long s = nanos / 1_000_000_000L;
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
  }

  /** Stops redrawing and leaves the terminal on a fresh line. */
  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
      if (terminal.stderrIsTerminal()) {
        TerminalWriter.live(err, null);
      }
      waiting.set(null);
      int n = retries.get();
      String done = line().replace("progress: ", "done: ");
      err.println(n == 0 ? done : done + " · " + n + (n == 1 ? " retry" : " retries"));
      err.flush();
    }
  }
}
