package ai.trainloop.run;

import ai.trainloop.eval.Message;
import ai.trainloop.eval.Sample;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Warms the call path before the first real call is timed: rounds of calls to loopback twins of the
 * run's providers (the same adapters, HTTP client, JSON mapper and wire records, answering from
 * inside the process), each reply scored as a real one would be, so that class loading and the
 * first compilations happen before the run, not inside its first wave of calls. Nothing is sent
 * anywhere but loopback, with no key. Warming up never fails a run: every failure is only told to
 * {@code debug}, and it stops at its time budget.
 */
public final class Warmup {
  /**
   * One provider to warm: its loopback twin, and the model its requests name.
   *
   * @param provider the twin, calling the loopback server
   * @param model the model the real entry names (it only shapes the request)
   * @param maxTokens the entry's max_tokens, or null
   */
  public record Twin(ChatProvider provider, String model, Integer maxTokens, boolean streamed) {
    public Twin(ChatProvider provider, String model, Integer maxTokens) {
      this(provider, model, maxTokens, false);
    }
  }

  private final int callsPerTwin;
  private final int threads;
  private final Duration budget;
  private final Consumer<String> debug;
  private final Ticker ticker;

  /**
   * @param callsPerTwin calls made to each twin
   * @param threads how many at once (a few, as the real calls go concurrently)
   * @param budget the longest it may take; what is unfinished then is abandoned
   * @param debug told every failure, one line each
   * @param ticker the clock of the budget
   */
  public Warmup(
      int callsPerTwin, int threads, Duration budget, Consumer<String> debug, Ticker ticker) {
    this.callsPerTwin = Math.max(0, callsPerTwin);
    this.threads = Math.max(1, threads);
    this.budget = budget;
    this.debug = debug;
    this.ticker = ticker;
  }

  /**
   * Calls each twin {@code callsPerTwin} times with {@code sample}'s messages and scores each reply
   * with {@code scoring}; returns how many calls were answered.
   */
  public int run(List<Twin> twins, RecordedCall sample, SampleScoring scoring) {
    if (twins.isEmpty() || callsPerTwin == 0) {
      return 0;
    }
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "trainloop-warmup-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    long deadline = ticker.nanos() + budget.toNanos();
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < callsPerTwin; i++) {
        for (Twin twin : twins) {
          calls.add(pool.submit(() -> callOnce(twin, sample, scoring, deadline, answered)));
        }
      }
      pool.shutdown();
      if (!pool.awaitTermination(Math.max(0, deadline - ticker.nanos()), TimeUnit.NANOSECONDS)) {
        debug.accept("warm-up: stopped at its " + budget.toMillis() + " ms budget");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pool.shutdownNow();
    }
    return answered.get();
  }

  private void callOnce(
      Twin twin,
      RecordedCall sample,
      SampleScoring scoring,
      long deadline,
      AtomicInteger answered) {
    if (ticker.nanos() > deadline) {
      return;
    }
    try {
      ChatResponse reply =
          twin.provider()
              .complete(
                  new ChatRequest(
                          twin.model(),
                          sample.input(),
                          null,
                          twin.maxTokens(),
                          new ChatRequest.Recorded(
                              sample.output(),
                              sample.durationMs(),
                              sample.outputToolCalls(),
                              sample.outputFinishReason()))
                      .streamed(twin.streamed()));
      answered.incrementAndGet();
      List<Message> input =
          sample.input().stream().map(m -> new Message(m.role(), m.content())).toList();
      var unused =
          scoring.score(
              new Sample(
                  sample.id(),
                  sample.tag(),
                  input,
                  reply.text(),
                  twin.provider().name(),
                  sample.output()));
    } catch (ProviderException | RuntimeException e) {
      debug.accept("warm-up: " + twin.provider().name() + ": " + e.getMessage());
    }
  }
}
