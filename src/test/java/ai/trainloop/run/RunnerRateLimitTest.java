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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Each provider's limits are its own: a throttled one holds back only its calls; rpm and tpm pace a
 * model.
 */
class RunnerRateLimitTest {
  private static final ChatResponse OK = new ChatResponse("ok", Usage.of(1, 1), "stop");

  private static ProviderEntry entry(String provider, Integer maxTokens, Integer rpm, Integer tpm) {
    return ProviderEntry.builder()
        .provider(provider)
        .model("m")
        .maxTokens(maxTokens)
        .rpm(rpm)
        .tpm(tpm)
        .build();
  }

  @Test
  void should_let_another_provider_run_at_full_concurrency_while_a_throttled_one_waits()
      throws Exception {
    HeldTicker ticker = new HeldTicker();
    Recorder recorder = new Recorder();
    ScriptedProvider throttled =
        new ScriptedProvider(
            "anthropic",
            0,
            (prompt, attempt) -> {
              if (attempt == 1) {
                throw new ProviderException(
                    Kind.RETRYABLE, 429, "rate limited", Duration.ofSeconds(30), null);
              }
              return OK;
            });
    CountDownLatch fourInFlight = new CountDownLatch(4);
    ScriptedProvider other =
        new ScriptedProvider(
            "openai",
            0,
            (prompt, attempt) -> {
              fourInFlight.countDown();
              try {
                fourInFlight.await(
                    2, TimeUnit.SECONDS); // the first four calls meet only if four may be in flight
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return OK;
            });
    Runner runner =
        new Runner(
            new RunOptions(4, Duration.ZERO, new RetryConfig(3, Duration.ofSeconds(60)), null, 1),
            ticker,
            recorder,
            null);
    Thread run =
        new Thread(
            () -> {
              try {
                runner.run(
                    samples(10),
                    List.of(
                        target(entry("anthropic", null, null, null), throttled),
                        target(entry("openai", null, null, null), other)),
                    SCORING,
                    new RunControl(),
                    Duration.ofSeconds(5));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    run.start();

    assertThat(eventually(() -> recorder.resultsOf("openai/m") == 10 && !recorder.waits.isEmpty()))
        .as("openai finishes while anthropic's calls wait out their Retry-After")
        .isTrue();
    assertThat(recorder.resultsOf("anthropic/m")).isZero();
    assertThat(other.maxInFlight.get()).as("openai kept the whole global limit").isEqualTo(4);
    assertThat(recorder.waits)
        .isNotEmpty()
        .allSatisfy(
            w -> {
              assertThat(w.modelId()).isEqualTo("anthropic/m");
              assertThat(w.delay()).isEqualTo(Duration.ofSeconds(30));
              assertThat(w.reason()).isEqualTo("rate limited");
            });

    ticker.letGo();
    run.join(10_000);
    assertThat(run.isAlive()).isFalse();
    assertThat(recorder.results).hasSize(20).allMatch(CallResult::ok);
    assertThat(recorder.results)
        .filteredOn(r -> r.modelId().equals("anthropic/m"))
        .allSatisfy(r -> assertThat(r.attempts()).isEqualTo(2))
        .allSatisfy(r -> assertThat(r.waited()).isEqualTo(Duration.ofSeconds(30)));
  }

  @Test
  void should_space_a_model_s_call_starts_by_its_rpm() throws Exception {
    FakeTicker ticker = new FakeTicker();
    List<Long> starts = new CopyOnWriteArrayList<>();
    ScriptedProvider p =
        new ScriptedProvider(
            "x",
            0,
            (prompt, attempt) -> {
              starts.add(ticker.nanos());
              return OK;
            });
    new Runner(
            new RunOptions(1, Duration.ZERO, RetryConfig.DEFAULT, null, 1),
            ticker,
            new Recorder(),
            null)
        .run(
            samples(5),
            List.of(target(entry("x", null, 120, null), p)),
            SCORING,
            new RunControl(),
            Duration.ofSeconds(1));

    assertThat(starts).hasSize(5);
    for (int i = 1; i < starts.size(); i++) {
      assertThat(starts.get(i) - starts.get(i - 1))
          .as("rpm 120: one start every 500 ms")
          .isGreaterThanOrEqualTo(500_000_000L);
    }
  }

  @Test
  void should_hold_calls_back_once_a_model_s_tpm_is_spent() throws Exception {
    FakeTicker ticker = new FakeTicker();
    List<Long> starts = new CopyOnWriteArrayList<>();
    ScriptedProvider p =
        new ScriptedProvider(
            "x",
            0,
            (prompt, attempt) -> {
              starts.add(ticker.nanos());
              return OK;
            });
    // each call is estimated at 100 tokens (max_tokens 100, a two-character prompt): 600 tpm pays
    // for six at once,
    // then one every 10 s
    new Runner(
            new RunOptions(1, Duration.ZERO, RetryConfig.DEFAULT, null, 1),
            ticker,
            new Recorder(),
            null)
        .run(
            samples(9),
            List.of(target(entry("x", 100, null, 600), p)),
            SCORING,
            new RunControl(),
            Duration.ofSeconds(1));

    assertThat(starts).hasSize(9);
    long first = starts.get(0);
    assertThat(starts.subList(0, 6)).containsOnly(first);
    for (int i = 6; i < 9; i++) {
      assertThat(starts.get(i) - first).isGreaterThanOrEqualTo((i - 5) * 10_000_000_000L);
    }
  }
}
