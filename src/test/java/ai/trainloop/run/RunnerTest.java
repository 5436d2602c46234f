package ai.trainloop.run;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.RetryConfig;
import ai.trainloop.eval.MetricScore;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.Usage;
import ai.trainloop.run.CallResult.ErrorKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RunnerTest {
  private final FakeTicker ticker = new FakeTicker();
  private final List<CallResult> results = new CopyOnWriteArrayList<>();
  private final List<String> stoppedModels = new CopyOnWriteArrayList<>();
  private final RunListener listener =
      new RunListener() {
        @Override
        public void onResult(CallResult result) {
          results.add(result);
        }

        @Override
        public void onModelStopped(String modelId, String reason) {
          stoppedModels.add(modelId);
        }
      };
  private final SampleScoring scoring =
      s -> List.of(new MetricScore("mentions_reply", s.output().startsWith("reply") ? 1 : 0, null));

  private static List<RecordedCall> samples(int n) {
    List<RecordedCall> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(
          new RecordedCall(
              "id" + i,
              "t",
              List.of(new ChatMessage("user", "p" + i)),
              "recorded " + i,
              "gpt",
              Map.of(),
              100L,
              "f:" + i));
    }
    return list;
  }

  private static ModelTarget target(String provider, String model, ScriptedProvider p) {
    return new ModelTarget(ProviderEntry.of(provider, model), p, provider);
  }

  private Runner runner(int maxConcurrent, int attempts) {
    return new Runner(
        new RunOptions(
            maxConcurrent,
            Duration.ZERO,
            new RetryConfig(attempts, Duration.ofSeconds(60)),
            null,
            7),
        ticker,
        listener,
        CallAdmission.ALWAYS);
  }

  @Test
  void should_never_have_more_calls_in_flight_than_the_global_bound() throws Exception {
    ScriptedProvider a = ScriptedProvider.echo("a", 5);
    ScriptedProvider b = ScriptedProvider.echo("b", 5);
    runner(3, 1)
        .run(
            samples(40),
            List.of(target("a", "m", a), target("b", "m", b)),
            scoring,
            new RunControl(),
            Duration.ofSeconds(1));
    assertThat(results).hasSize(80);
    assertThat(a.maxInFlight.get() + b.maxInFlight.get()).isLessThanOrEqualTo(6);
    assertThat(Math.max(a.maxInFlight.get(), b.maxInFlight.get())).isLessThanOrEqualTo(3);
    assertThat(results).allMatch(CallResult::ok).allMatch(r -> r.score() == 1.0);
  }

  @Test
  void should_retry_after_429_waiting_what_the_server_asked_and_keep_the_answer() throws Exception {
    ScriptedProvider p =
        new ScriptedProvider(
            "openai",
            0,
            (prompt, attempt) -> {
              if (attempt <= 2) {
                throw new ProviderException(
                    Kind.RETRYABLE, 429, "rate limited", Duration.ofMillis(1500), null);
              }
              return new ChatResponse("reply", Usage.of(3, 4), "stop");
            });
    runner(2, 6)
        .run(
            samples(1),
            List.of(target("openai", "gpt-4o", p)),
            scoring,
            new RunControl(),
            Duration.ofSeconds(1));
    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ok()).isTrue();
              assertThat(r.attempts()).isEqualTo(3);
              assertThat(r.waited()).isEqualTo(Duration.ofSeconds(3));
              assertThat(r.usage()).isEqualTo(Usage.of(3, 4));
            });
    assertThat(ticker.sleeps).containsExactly(Duration.ofMillis(1500), Duration.ofMillis(1500));
  }

  @Test
  void should_send_other_calls_of_the_provider_while_one_waits_to_retry() throws Exception {
    // given one slot, and a provider that refuses the first prompt once with Retry-After
    ScriptedProvider p =
        new ScriptedProvider(
            "openai",
            0,
            (prompt, attempt) -> {
              if (prompt.equals("p0") && attempt == 1) {
                throw new ProviderException(
                    Kind.RETRYABLE, 429, "rate limited", Duration.ofSeconds(1), null);
              }
              return new ChatResponse("reply", Usage.of(3, 4), "stop");
            });
    // and a clock whose waits last until the second prompt has been sent (or 5 s of real time)
    CountDownLatch secondSent = new CountDownLatch(1);
    List<Boolean> waitsEndedBySecondCall = new CopyOnWriteArrayList<>();
    Ticker ticker =
        new Ticker() {
          @Override
          public long nanos() {
            return System.nanoTime();
          }

          @Override
          public void sleep(Duration d) throws InterruptedException {
            waitsEndedBySecondCall.add(secondSent.await(5, TimeUnit.SECONDS));
          }

          @Override
          public void schedule(ScheduledExecutorService timer, Duration d, Runnable task) {
            new Thread(
                    () -> {
                      try {
                        sleep(d);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      timer.execute(task);
                    })
                .start();
          }
        };
    RunListener countSends =
        result -> {
          results.add(result);
          if (result.sampleId().equals("id1")) {
            secondSent.countDown();
          }
        };

    // when both are run
    new Runner(
            new RunOptions(1, Duration.ZERO, new RetryConfig(3, Duration.ofSeconds(60)), null, 7),
            ticker,
            countSends,
            CallAdmission.ALWAYS)
        .run(
            samples(2),
            List.of(target("openai", "gpt-4o", p)),
            scoring,
            new RunControl(),
            Duration.ofSeconds(1));

    // then the second was answered while the first waited, and the first was answered on its retry
    assertThat(waitsEndedBySecondCall).containsExactly(true);
    assertThat(results).hasSize(2).allMatch(CallResult::ok);
  }

  @Test
  void should_back_off_with_bounded_full_jitter_when_the_server_says_nothing() throws Exception {
    ScriptedProvider p =
        new ScriptedProvider(
            "x",
            0,
            (prompt, attempt) -> {
              throw new ProviderException(Kind.RETRYABLE, 503, "overloaded");
            });
    runner(1, 5)
        .run(
            samples(1),
            List.of(target("x", "m", p)),
            scoring,
            new RunControl(),
            Duration.ofSeconds(1));
    assertThat(p.calls.get()).isEqualTo(5);
    assertThat(ticker.sleeps).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(ticker.sleeps.get(i)).isLessThanOrEqualTo(Duration.ofMillis(500L << i));
    }
    assertThat(results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.errorKind()).isEqualTo(ErrorKind.RETRIES_EXHAUSTED);
              assertThat(r.error()).contains("gave up after 5 attempts").contains("overloaded");
            });
  }

  @Test
  void should_fail_the_sample_rather_than_retry_early_when_the_server_asks_for_more_than_max_wait()
      throws Exception {
    ScriptedProvider p =
        new ScriptedProvider(
            "x",
            0,
            (prompt, attempt) -> {
              throw new ProviderException(
                  Kind.RETRYABLE, 429, "slow down", Duration.ofMinutes(2), null);
            });
    runner(1, 6)
        .run(
            samples(1),
            List.of(target("x", "m", p)),
            scoring,
            new RunControl(),
            Duration.ofSeconds(1));
    assertThat(p.calls.get()).isEqualTo(1);
    assertThat(ticker.sleeps).isEmpty();
    assertThat(results.get(0).error())
        .contains("asked to wait 120.0 s")
        .contains("max_wait 60.0 s");
  }

  @Test
  void should_not_retry_a_sample_error() throws Exception {
    ScriptedProvider p =
        new ScriptedProvider(
            "x",
            0,
            (prompt, attempt) -> {
              throw new ProviderException(Kind.SAMPLE_ERROR, 400, "bad request: context too long");
            });
    runner(1, 6)
        .run(
            samples(2),
            List.of(target("x", "m", p)),
            scoring,
            new RunControl(),
            Duration.ofSeconds(1));
    assertThat(p.calls.get()).isEqualTo(2);
    assertThat(results)
        .allSatisfy(
            r -> {
              assertThat(r.errorKind()).isEqualTo(ErrorKind.SAMPLE);
              assertThat(r.error()).isEqualTo("bad request: context too long");
              assertThat(r.score()).isNull();
            });
  }

  @Test
  void should_stop_only_the_model_whose_key_was_rejected_and_account_for_every_pair()
      throws Exception {
    ScriptedProvider bad =
        new ScriptedProvider(
            "anthropic",
            0,
            (prompt, attempt) -> {
              throw new ProviderException(
                  Kind.MODEL_FATAL, 401, "anthropic rejected the key in ANTHROPIC_API_KEY");
            });
    ScriptedProvider good = ScriptedProvider.echo("openai", 0);
    runner(1, 6)
        .run(
            samples(10),
            List.of(target("anthropic", "claude", bad), target("openai", "gpt", good)),
            scoring,
            new RunControl(),
            Duration.ofSeconds(1));
    Map<String, List<CallResult>> byModel =
        results.stream().collect(Collectors.groupingBy(CallResult::modelId));
    assertThat(byModel.get("openai/gpt")).hasSize(10).allMatch(CallResult::ok);
    assertThat(byModel.get("anthropic/claude"))
        .hasSize(10)
        .allMatch(r -> r.errorKind() == ErrorKind.MODEL_STOPPED);
    assertThat(bad.calls.get()).isEqualTo(1);
    assertThat(stoppedModels).containsExactly("anthropic/claude");
  }

  @Test
  void should_send_nothing_more_once_stopped_and_say_why() throws Exception {
    ScriptedProvider p = ScriptedProvider.echo("x", 0);
    RunControl control = new RunControl();
    RunListener stopAfterThree =
        new RunListener() {
          @Override
          public void onResult(CallResult result) {
            results.add(result);
            if (results.size() == 3) {
              control.stop("interrupted");
            }
          }
        };
    RunSummary summary =
        new Runner(
                new RunOptions(1, Duration.ZERO, RetryConfig.DEFAULT, null, 1),
                ticker,
                stopAfterThree,
                null)
            .run(
                samples(50), List.of(target("x", "m", p)), scoring, control, Duration.ofSeconds(1));
    assertThat(summary.complete()).isFalse();
    assertThat(summary.stopReason()).isEqualTo("interrupted");
    assertThat(p.calls.get()).isLessThan(50);
    assertThat(results).hasSizeLessThan(50);
  }

  @Test
  void should_stop_sending_when_admission_refuses() throws Exception {
    ScriptedProvider p = ScriptedProvider.echo("x", 0);
    RunControl control = new RunControl();
    CallAdmission budget =
        (model, sample) -> sample.id().equals("id5") ? "budget of $1.00 reached" : null;
    RunSummary summary =
        new Runner(
                new RunOptions(1, Duration.ZERO, RetryConfig.DEFAULT, null, 1),
                ticker,
                listener,
                budget)
            .run(
                samples(20), List.of(target("x", "m", p)), scoring, control, Duration.ofSeconds(1));
    assertThat(summary.stopReason()).isEqualTo("budget of $1.00 reached");
    assertThat(p.calls.get()).isEqualTo(5);
  }

  @Test
  void should_tell_the_admission_of_each_reply_before_the_reply_is_scored() throws Exception {
    List<String> events = new CopyOnWriteArrayList<>();
    CallAdmission hears =
        new CallAdmission() {
          @Override
          public String refuse(ModelTarget model, RecordedCall sample) {
            return null;
          }

          @Override
          public void replied(ModelTarget model, RecordedCall sample, Usage usage) {
            events.add("replied " + sample.id() + " " + usage.outputTokens());
          }
        };
    SampleScoring scored =
        s -> {
          events.add("scored " + s.id());
          return List.of(new MetricScore("any", 1, null));
        };
    new Runner(
            new RunOptions(1, Duration.ZERO, RetryConfig.DEFAULT, null, 1), ticker, listener, hears)
        .run(
            samples(3),
            List.of(target("x", "m", ScriptedProvider.echo("x", 0))),
            scored,
            new RunControl(),
            Duration.ofSeconds(1));

    assertThat(events).hasSize(6);
    for (int i = 0; i < 3; i++) {
      assertThat(events.indexOf("scored id" + i))
          .as("id" + i + " is settled before its metrics run")
          .isGreaterThan(events.indexOf("replied id" + i + " " + 5L))
          .isPositive();
    }
  }

  @Test
  void should_record_no_params_sent_for_the_recorded_model_which_replays() throws Exception {
    RequestParams params =
        RequestParams.builder().temperature(0.2).seed(7L).dropped(List.of("user")).build();
    List<RecordedCall> withParams =
        List.of(
            new RecordedCall(
                "s1",
                "t",
                List.of(new ChatMessage("user", "p")),
                "r",
                "gpt",
                Map.of(),
                params,
                100L,
                "f:1"));
    runner(1, 1)
        .run(
            withParams,
            List.of(
                target("recorded", "recorded", ScriptedProvider.echo("recorded", 0)),
                target("x", "m", ScriptedProvider.echo("x", 0))),
            scoring,
            new RunControl(),
            Duration.ofSeconds(1));

    CallResult recorded =
        results.stream().filter(r -> r.modelId().equals("recorded")).findFirst().orElseThrow();
    CallResult sent =
        results.stream().filter(r -> r.modelId().equals("x/m")).findFirst().orElseThrow();
    assertThat(recorded.sent()).isEqualTo(SentParams.NONE);
    assertThat(sent.sent().params()).containsEntry("temperature", 0.2).containsEntry("seed", 7L);
    assertThat(sent.sent().dropped()).containsExactly("user");
  }

  @Test
  void should_pass_the_temperature_override_and_the_entry_max_tokens() throws Exception {
    List<Double> temps = new CopyOnWriteArrayList<>();
    List<Integer> maxTokens = new CopyOnWriteArrayList<>();
    ScriptedProvider p =
        new ScriptedProvider(
            "x", 0, (prompt, attempt) -> new ChatResponse("r", Usage.of(1, 1), null)) {
          @Override
          public ChatResponse complete(ai.trainloop.provider.ChatRequest request)
              throws ProviderException {
            temps.add(request.temperature());
            maxTokens.add(request.maxTokens());
            return super.complete(request);
          }
        };
    ProviderEntry entry =
        ProviderEntry.builder().provider("x").model("m").temperature(0.7).maxTokens(256).build();
    new Runner(
            new RunOptions(1, Duration.ZERO, RetryConfig.DEFAULT, 0.1, 1), ticker, listener, null)
        .run(
            samples(2),
            List.of(new ModelTarget(entry, p, "x")),
            scoring,
            new RunControl(),
            Duration.ofSeconds(1));
    assertThat(temps).containsOnly(0.1);
    assertThat(maxTokens).containsOnly(256);
  }

  @Test
  void should_space_call_starts_to_one_provider_by_the_request_delay() throws Exception {
    ScriptedProvider p = ScriptedProvider.echo("x", 0);
    new Runner(
            new RunOptions(1, Duration.ofSeconds(2), RetryConfig.DEFAULT, null, 1),
            ticker,
            listener,
            null)
        .run(
            samples(3),
            List.of(target("x", "m", p)),
            scoring,
            new RunControl(),
            Duration.ofSeconds(1));
    assertThat(ticker.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }
}
