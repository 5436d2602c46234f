package ai.trainloop.run;

import static ai.trainloop.run.Recorder.SCORING;
import static ai.trainloop.run.Recorder.eventually;
import static ai.trainloop.run.Recorder.samples;
import static ai.trainloop.run.Recorder.target;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.RetryConfig;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.Usage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A stopped run (Ctrl-C, budget) sends nothing more: neither a retry nor a call that was waiting
 * for its turn.
 */
class RunnerStopTest {
  private static final ChatResponse OK = new ChatResponse("ok", Usage.of(1, 1), "stop");
  private final Recorder recorder = new Recorder();
  private final RunControl control = new RunControl();
  private final AtomicReference<RunSummary> summary = new AtomicReference<>();

  private Thread start(Runner runner, List<ModelTarget> models, int samples) {
    Thread t =
        new Thread(
            () -> {
              try {
                summary.set(
                    runner.run(samples(samples), models, SCORING, control, Duration.ofSeconds(10)));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    t.start();
    return t;
  }

  @Test
  void should_not_retry_a_call_waiting_out_a_retry_after_once_the_run_stops() throws Exception {
    HeldTicker ticker = new HeldTicker();
    AtomicInteger retries = new AtomicInteger();
    ScriptedProvider p =
        new ScriptedProvider(
            "openai",
            0,
            (prompt, attempt) -> {
              if (attempt > 1) {
                retries.incrementAndGet();
              }
              if (attempt == 1) {
                throw new ProviderException(
                    Kind.RETRYABLE, 429, "rate limited", Duration.ofSeconds(20), null);
              }
              return OK;
            });
    Thread run =
        start(
            new Runner(
                new RunOptions(2, Duration.ZERO, RetryConfig.DEFAULT, null, 1),
                ticker,
                recorder,
                null),
            List.of(target(ProviderEntry.of("openai", "m"), p)),
            5);
    assertThat(eventually(() -> !ticker.sleeps.isEmpty())).isTrue();

    control.stop("interrupted");
    ticker.letGo(); // a wait that was not cut short would now end and send the retry
    run.join(10_000);

    assertThat(run.isAlive()).isFalse();
    // a first attempt already under way when the run stopped may still go out; a retry may not
    assertThat(retries.get()).as("no retry after the stop").isZero();
    assertThat(recorder.results)
        .as("a call waiting to be retried did not finish: not reported")
        .isEmpty();
    assertThat(summary.get().stopReason()).isEqualTo("interrupted");
  }

  @Test
  void should_not_send_a_call_that_was_waiting_for_a_free_slot_when_the_run_stopped()
      throws Exception {
    CountDownLatch answer = new CountDownLatch(1);
    ScriptedProvider.Script slow =
        (prompt, attempt) -> {
          try {
            answer.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return OK;
        };
    ScriptedProvider a = new ScriptedProvider("openai", 0, slow);
    ScriptedProvider b = new ScriptedProvider("anthropic", 0, slow);
    // one call in flight in all: one model's first call is sent, the other's waits for the global
    // slot
    Thread run =
        start(
            new Runner(
                new RunOptions(1, Duration.ZERO, RetryConfig.DEFAULT, null, 1),
                Ticker.SYSTEM,
                recorder,
                null),
            List.of(
                target(ProviderEntry.of("openai", "m"), a),
                target(ProviderEntry.of("anthropic", "m"), b)),
            3);
    assertThat(eventually(() -> a.calls.get() + b.calls.get() == 1)).isTrue();

    control.stop("interrupted");
    answer.countDown();
    run.join(10_000);

    assertThat(run.isAlive()).isFalse();
    assertThat(a.calls.get() + b.calls.get()).as("the waiting call was not sent").isEqualTo(1);
    assertThat(recorder.results)
        .as("the call in flight finished and is kept")
        .singleElement()
        .satisfies(r -> assertThat(r.ok()).isTrue());
  }
}
