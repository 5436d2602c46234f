package ai.trainloop.run;

import static ai.trainloop.run.Recorder.SCORING;
import static ai.trainloop.run.Recorder.samples;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.RetryConfig;
import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.CallTiming;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.RateLimits;
import ai.trainloop.provider.RateLimits.Limit;
import ai.trainloop.provider.Usage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the runner keeps of what the HTTP layer saw of each attempt: the timed exchange as the
 * latency, set-up apart, timed-out attempts counted with their limit, and pacing by the replies'
 * rate-limit headers. The provider writes the attempt's trace as the HTTP layer would.
 */
class RunnerTimingTest {
  private final FakeTicker ticker = new FakeTicker();
  private final Recorder recorder = new Recorder();

  /** A provider that answers each attempt as {@code script} says, writing its trace first. */
  private static final class Traced implements ChatProvider {
    interface Script {
      ChatResponse answer(int attempt, CallCancel cancel) throws ProviderException;
    }

    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    final List<Long> startedAt = new CopyOnWriteArrayList<>();
    private final Script script;
    private final FakeTicker ticker;

    Traced(FakeTicker ticker, Script script) {
      this.ticker = ticker;
      this.script = script;
    }

    @Override
    public ChatResponse complete(ChatRequest request) throws ProviderException {
      return complete(request, CallCancel.none());
    }

    @Override
    public ChatResponse complete(ChatRequest request, CallCancel cancel) throws ProviderException {
      startedAt.add(ticker.nanos());
      String prompt = request.messages().get(0).content();
      int attempt = attempts.computeIfAbsent(prompt, p -> new AtomicInteger()).incrementAndGet();
      return script.answer(attempt, cancel);
    }

    @Override
    public String name() {
      return "openai";
    }
  }

  private static final ChatResponse OK = new ChatResponse("ok", Usage.of(1, 1), "stop");

  private void run(int samples, int concurrent, ChatProvider provider) throws Exception {
    ProviderEntry entry = ProviderEntry.of("openai", "gpt-4o");
    new Runner(
            new RunOptions(
                concurrent, Duration.ZERO, new RetryConfig(3, Duration.ofSeconds(60)), null, 7),
            ticker,
            recorder,
            null)
        .run(
            samples(samples),
            List.of(new ModelTarget(entry, provider, "openai")),
            SCORING,
            new RunControl(),
            Duration.ofSeconds(5));
  }

  @Test
  void should_keep_the_timed_exchange_as_the_latency_and_the_set_up_apart() throws Exception {
    Traced provider =
        new Traced(
            ticker,
            (attempt, cancel) -> {
              // the call took 2 s around it (queueing, connecting), the exchange itself 200 ms
              ticker.sleep(Duration.ofSeconds(2));
              cancel
                  .trace()
                  .timing(
                      new CallTiming(
                          Duration.ofMillis(30),
                          Duration.ofMillis(190),
                          Duration.ofMillis(200),
                          null));
              return OK;
            });

    run(1, 1, provider);

    CallResult r = recorder.results.get(0);
    assertThat(r.latency()).isEqualTo(Duration.ofMillis(200));
    assertThat(r.times().connect()).isEqualTo(Duration.ofMillis(30));
    assertThat(r.times().timeouts()).isZero();
  }

  @Test
  void should_count_an_attempt_that_timed_out_with_its_limit_even_when_the_retry_succeeds()
      throws Exception {
    Traced provider =
        new Traced(
            ticker,
            (attempt, cancel) -> {
              if (attempt == 1) {
                cancel.trace().timedOut(Duration.ofMillis(600));
                throw new ProviderException(Kind.RETRYABLE, 0, "openai timed out after 0.6 s");
              }
              cancel
                  .trace()
                  .timing(
                      new CallTiming(null, Duration.ofMillis(90), Duration.ofMillis(100), null));
              return OK;
            });

    run(1, 1, provider);

    CallResult r = recorder.results.get(0);
    assertThat(r.ok()).isTrue();
    assertThat(r.attempts()).isEqualTo(2);
    assertThat(r.latency()).isEqualTo(Duration.ofMillis(100));
    assertThat(r.times()).isEqualTo(new CallTimes(null, 1, Duration.ofMillis(600)));
  }

  @Test
  void should_count_every_timed_out_attempt_of_a_call_that_never_succeeds() throws Exception {
    Traced provider =
        new Traced(
            ticker,
            (attempt, cancel) -> {
              cancel.trace().timedOut(Duration.ofMillis(600));
              throw new ProviderException(Kind.RETRYABLE, 0, "openai timed out after 0.6 s");
            });

    run(1, 1, provider);

    CallResult r = recorder.results.get(0);
    assertThat(r.errorKind()).isEqualTo(CallResult.ErrorKind.TIMEOUT);
    assertThat(r.times()).isEqualTo(new CallTimes(null, 3, Duration.ofMillis(600)));
  }

  @Test
  void should_wait_before_the_next_call_when_a_reply_says_none_are_left() throws Exception {
    // given a server whose first reply says no request is left until the reset in 3 s
    Traced provider =
        new Traced(
            ticker,
            (attempt, cancel) -> {
              cancel
                  .trace()
                  .rateLimits(new RateLimits(new Limit(null, 0L, Duration.ofSeconds(3)), null));
              return OK;
            });
    // when two calls are made one at a time
    run(2, 1, provider);
    // then the second went out only after the reset
    assertThat(recorder.results).hasSize(2);
    assertThat(provider.startedAt.get(1) - provider.startedAt.get(0))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(3).toNanos());
  }

  @Test
  void should_send_at_once_when_no_reply_tells_a_limit() throws Exception {
    Traced provider = new Traced(ticker, (attempt, cancel) -> OK);

    run(20, 4, provider);

    assertThat(recorder.results).hasSize(20);
    assertThat(ticker.sleeps).isEmpty();
  }
}
