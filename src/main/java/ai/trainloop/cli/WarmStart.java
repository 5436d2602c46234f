package ai.trainloop.cli;

import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.Providers;
import ai.trainloop.provider.http.HttpLog;
import ai.trainloop.provider.http.WarmupServer;
import ai.trainloop.run.ModelTarget;
import ai.trainloop.run.SampleScoring;
import ai.trainloop.run.Ticker;
import ai.trainloop.run.Warmup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Keeps the cold start out of what a run measures. Before the first call: every https provider
 * opens a connection ahead ({@link ChatProvider#preopen}: a GET of its model list, to its own host,
 * with its own key), while the call path is warmed on loopback twins of the run's adapters ({@link
 * Warmup}, {@link WarmupServer}: no key, nothing leaves the machine). Both are bounded in time and
 * can only be told to {@code debug} when they fail.
 */
final class WarmStart {
  /**
   * Calls to each adapter's loopback twin: enough to load and first-compile the call path, few
   * enough to cost a run a few tenths of a second of CPU.
   */
  static final int CALLS_PER_ADAPTER = 32;

  /** The longest the warm-up may take (it is cut short on a loaded machine). */
  static final Duration WARMUP_BUDGET = Duration.ofSeconds(1);

  /** The longest the run waits for connections being opened ahead. */
  static final Duration PREOPEN_WAIT = Duration.ofSeconds(3);

  private WarmStart() {}

  /**
   * Warms up and pre-opens for {@code targets}, with {@code samples}' first call as the request.
   */
  static void run(
      Providers providers,
      List<ModelTarget> targets,
      Stream<RecordedCall> samples,
      SampleScoring scoring,
      int maxConcurrent,
      boolean streamAll,
      HttpLog log,
      Ticker ticker,
      Consumer<String> debug) {
    Map<String, ModelTarget> hosts = new LinkedHashMap<>();
    targets.forEach(t -> hosts.putIfAbsent(t.limiterKey(), t));
    ExecutorService opening =
        Executors.newFixedThreadPool(
            Math.max(1, hosts.size()),
            r -> {
              Thread t = new Thread(r, "trainloop-preopen");
              t.setDaemon(true);
              return t;
            });
    long started = ticker.nanos();
    try {
      hosts.values().forEach(t -> opening.execute(() -> t.provider().preopen(debug)));
      opening.shutdown();
      RecordedCall first;
      try (samples) {
        first = samples.findFirst().orElse(null);
      }
      if (first != null) {
        warm(providers, targets, first, scoring, maxConcurrent, streamAll, log, ticker, debug);
      }
      long left = PREOPEN_WAIT.toNanos() - (ticker.nanos() - started);
      if (!opening.awaitTermination(Math.max(0, left), TimeUnit.NANOSECONDS)) {
        debug.accept("pre-opening connections: not done after " + PREOPEN_WAIT.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      opening.shutdownNow();
    }
  }

  private static void warm(
      Providers providers,
      List<ModelTarget> targets,
      RecordedCall first,
      SampleScoring scoring,
      int maxConcurrent,
      boolean streamAll,
      HttpLog log,
      Ticker ticker,
      Consumer<String> debug) {
    long started = ticker.nanos();
    try (WarmupServer server = WarmupServer.start(Math.min(4, maxConcurrent))) {
      if (log != null) {
        log.ignore(server.baseUrl()); // -v shows the providers' traffic, not the warm-up's
      }
      // one twin per adapter and way of replying: each vendor's wire records and parsing (and its
      // stream reader, for streamed models) are warmed once
      Map<String, Warmup.Twin> twins = new LinkedHashMap<>();
      for (ModelTarget t : targets) {
        boolean streamed = t.entry().stream() != null ? t.entry().stream() : streamAll;
        String key = t.provider().getClass().getName() + (streamed ? " streamed" : "");
        if (!twins.containsKey(key)) {
          ChatProvider twin = providers.loopbackTwin(t.entry(), server.baseUrl());
          if (twin != null) {
            twins.put(
                key, new Warmup.Twin(twin, t.entry().model(), t.entry().maxTokens(), streamed));
          }
        }
      }
      int answered =
          new Warmup(CALLS_PER_ADAPTER, Math.min(4, maxConcurrent), WARMUP_BUDGET, debug, ticker)
              .run(new ArrayList<>(twins.values()), first, scoring);
      debug.accept(
          "warm-up: "
              + answered
              + " loopback calls through "
              + twins.size()
              + " adapter(s) in "
              + (ticker.nanos() - started) / 1_000_000
              + " ms");
    } catch (RuntimeException e) {
      debug.accept("warm-up failed (harmless): " + e);
    }
  }
}
