package ai.trainloop.run;

import static ai.trainloop.run.Recorder.SCORING;
import static ai.trainloop.run.Recorder.eventually;
import static ai.trainloop.run.Recorder.samples;
import static ai.trainloop.run.Recorder.target;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.RetryConfig;
import ai.trainloop.eval.MetricScore;
import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.Usage;
import ai.trainloop.run.CallResult.ErrorKind;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Bounded threads, no party limit, paced calls kept apart, scoring off the call threads, hostile
 * scoring.
 */
class RunnerHardeningTest {
  private static final ChatResponse OK = new ChatResponse("ok", Usage.of(1, 1), "stop");
  private final Recorder recorder = new Recorder();

  private static Runner runner(int maxConcurrent, Ticker ticker, RunListener listener) {
    return new Runner(
        new RunOptions(
            maxConcurrent, Duration.ZERO, new RetryConfig(4, Duration.ofSeconds(60)), null, 1),
        ticker,
        listener,
        null);
  }

  /**
   * The live trainloop threads that were not alive before {@code before}: other tests' idle pools
   * do not count.
   */
  private static int trainloopThreads(Set<Thread> before) {
    return (int)
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.isAlive() && t.getName().startsWith("trainloop-") && !before.contains(t))
            .count();
  }

  @Test
  void should_keep_threads_bounded_while_hundreds_of_calls_wait_out_a_retry_after()
      throws Exception {
    ScriptedProvider p =
        new ScriptedProvider(
            "openai",
            0,
            (prompt, attempt) -> {
              if (attempt == 1) {
                throw new ProviderException(
                    Kind.RETRYABLE, 429, "rate limited", Duration.ofMillis(300), null);
              }
              return OK;
            });
    AtomicInteger peak = new AtomicInteger();
    AtomicBoolean done = new AtomicBoolean();
    Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
    Thread sampler =
        new Thread(
            () -> {
              while (!done.get()) {
                peak.accumulateAndGet(trainloopThreads(before), Math::max);
                try {
                  Thread.sleep(2);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.start();
    runner(4, Ticker.SYSTEM, recorder)
        .run(
            samples(600),
            List.of(target(ProviderEntry.of("openai", "m"), p)),
            SCORING,
            new RunControl(),
            Duration.ofSeconds(1));
    done.set(true);
    sampler.join();

    assertThat(recorder.results)
        .hasSize(600)
        .allMatch(CallResult::ok)
        .allMatch(r -> r.attempts() == 2);
    assertThat(peak.get()).as("trainloop threads at the peak").isLessThanOrEqualTo(64);
  }

  @Test
  void should_report_every_pair_past_the_65535_parties_a_phaser_allows() throws Exception {
    // every first attempt is refused with a Retry-After, and every retry is held until all 70,000
    // wait at once
    ScriptedProvider.Script refuseOnce =
        (prompt, attempt) -> {
          if (attempt == 1) {
            throw new ProviderException(
                Kind.RETRYABLE, 429, "rate limited", Duration.ofSeconds(1), null);
          }
          return OK;
        };
    ChatProvider fast =
        new ChatProvider() {
          private final java.util.Map<String, AtomicInteger> attempts =
              new java.util.concurrent.ConcurrentHashMap<>();

          @Override
          public ChatResponse complete(ChatRequest request) throws ProviderException {
            String prompt = request.messages().get(0).content();
            return refuseOnce.answer(
                prompt,
                attempts.computeIfAbsent(prompt, k -> new AtomicInteger()).incrementAndGet());
          }

          @Override
          public String name() {
            return "fast";
          }
        };
    int pairs = 70_000;
    List<Runnable> held = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    CountDownLatch allWaiting = new CountDownLatch(pairs);
    Ticker holding =
        new Ticker() {
          @Override
          public long nanos() {
            return System.nanoTime();
          }

          @Override
          public void sleep(Duration d) {}

          @Override
          public void schedule(
              java.util.concurrent.ScheduledExecutorService timer, Duration d, Runnable task) {
            held.add(() -> timer.execute(task));
            allWaiting.countDown();
          }
        };
    AtomicInteger reported = new AtomicInteger();
    AtomicInteger answeredOnRetry = new AtomicInteger();
    RunListener count =
        r -> {
          reported.incrementAndGet();
          if (r.ok() && r.attempts() == 2) {
            answeredOnRetry.incrementAndGet();
          }
        };
    Thread release =
        new Thread(
            () -> {
              try {
                if (allWaiting.await(60, TimeUnit.SECONDS)) {
                  List.copyOf(held).forEach(Runnable::run);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    release.start();
    RunSummary summary =
        runner(8, holding, count)
            .run(
                samples(pairs),
                List.of(new ModelTarget(ProviderEntry.of("fast", "m"), fast, "fast")),
                SCORING,
                new RunControl(),
                Duration.ofSeconds(1));
    release.join();

    assertThat(allWaiting.getCount()).as("every pair waited out a retry at the same time").isZero();
    assertThat(reported.get()).isEqualTo(pairs);
    assertThat(answeredOnRetry.get()).isEqualTo(pairs);
    assertThat(summary.complete()).isTrue();
  }

  @Test
  void should_space_paced_calls_that_waited_for_a_global_slot() throws Exception {
    FakeTicker ticker = new FakeTicker();
    CountDownLatch release = new CountDownLatch(1);
    ScriptedProvider busy =
        new ScriptedProvider(
            "q",
            0,
            (prompt, attempt) -> {
              try {
                release.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return OK;
            });
    List<Long> starts = new CopyOnWriteArrayList<>();
    ScriptedProvider paced =
        new ScriptedProvider(
            "p",
            0,
            (prompt, attempt) -> {
              starts.add(ticker.seenByThisThread());
              return OK;
            });
    AtomicInteger admitted = new AtomicInteger();
    // the paced model's calls are taken up only once the other model holds both global slots
    CallAdmission afterBusy =
        (model, sample) -> {
          if (model.id().equals("p/m")) {
            try {
              if (admitted.get() < 2) {
                eventually(() -> busy.inFlight.get() == 2);
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            admitted.incrementAndGet();
          }
          return null;
        };
    ProviderEntry rpm60 = ProviderEntry.builder().provider("p").model("m").rpm(60).build();
    Thread run =
        new Thread(
            () -> {
              try {
                new Runner(
                        new RunOptions(2, Duration.ZERO, RetryConfig.DEFAULT, null, 1),
                        ticker,
                        recorder,
                        afterBusy)
                    .run(
                        samples(3),
                        List.of(target(ProviderEntry.of("q", "m"), busy), target(rpm60, paced)),
                        SCORING,
                        new RunControl(),
                        Duration.ofSeconds(1));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    run.start();
    assertThat(eventually(() -> admitted.get() >= 2)).isTrue();
    Thread.sleep(200); // the paced calls now wait for a global slot
    release.countDown();
    run.join(10_000);

    assertThat(starts).hasSize(3);
    List<Long> sorted = starts.stream().sorted().toList();
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(sorted.get(i) - sorted.get(i - 1))
          .as("rpm 60: one start a second")
          .isGreaterThanOrEqualTo(1_000_000_000L);
    }
  }

  @Test
  void should_not_let_a_stuck_metric_hold_a_provider_slot_or_other_models() throws Exception {
    CountDownLatch unstick = new CountDownLatch(1);
    SampleScoring stuckOnA =
        s -> {
          if (s.model().startsWith("a/")) {
            try {
              unstick.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return List.of(new MetricScore("any", 1, null));
        };
    ScriptedProvider a = ScriptedProvider.echo("a", 0);
    ScriptedProvider b = ScriptedProvider.echo("b", 0);
    Thread run =
        new Thread(
            () -> {
              try {
                runner(1, Ticker.SYSTEM, recorder)
                    .run(
                        samples(6),
                        List.of(
                            target(ProviderEntry.of("a", "m"), a),
                            target(ProviderEntry.of("b", "m"), b)),
                        stuckOnA,
                        new RunControl(),
                        Duration.ofSeconds(1));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    run.start();
    // one call in flight in all: every call of both models goes out only if no stuck scoring holds
    // a slot
    assertThat(eventually(() -> a.calls.get() == 6 && b.calls.get() == 6))
        .as("both models' calls are sent while a's scoring is stuck")
        .isTrue();
    assertThat(run.isAlive()).as("the run waits for scoring").isTrue();
    unstick.countDown();
    run.join(10_000);
    assertThat(recorder.results).hasSize(12).allMatch(CallResult::ok);
  }

  private RunSummary runScoring(SampleScoring scoring, RunListener listener) throws Exception {
    return runner(2, Ticker.SYSTEM, listener)
        .run(
            samples(10),
            List.of(target(ProviderEntry.of("x", "m"), ScriptedProvider.echo("x", 0))),
            scoring,
            new RunControl(),
            Duration.ofSeconds(1));
  }

  private static SampleScoring throwingOn(
      String sampleId, Error error, RuntimeException exception) {
    return s -> {
      if (s.id().equals(sampleId)) {
        if (error != null) {
          throw error;
        }
        throw exception;
      }
      return List.of(new MetricScore("any", 1, null));
    };
  }

  @Test
  void should_end_a_pair_whose_scoring_ran_out_of_memory_as_an_error_and_fail_the_run()
      throws Exception {
    RunSummary s =
        runScoring(throwingOn("id0", new OutOfMemoryError("Java heap space"), null), recorder);
    assertThat(recorder.results)
        .filteredOn(r -> r.sampleId().equals("id0"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.errorKind()).isEqualTo(ErrorKind.SCORING);
              assertThat(r.error()).isEqualTo("scoring failed: OutOfMemoryError: Java heap space");
              assertThat(r.usage()).as("the reply was paid for").isEqualTo(Usage.of(10, 5));
            });
    assertThat(recorder.results.stream().map(CallResult::sampleId).distinct().count())
        .as("every pair sent ended once")
        .isEqualTo(recorder.results.size());
    assertThat(s.complete()).isFalse();
    assertThat(s.stopReason()).startsWith("scoring failed: OutOfMemoryError");
  }

  @Test
  void should_account_for_every_pair_when_scoring_overflows_the_stack_or_throws() throws Exception {
    for (SampleScoring scoring :
        List.of(
            throwingOn("id3", new StackOverflowError(), null),
            throwingOn("id3", null, new IllegalStateException("boom")))) {
      Recorder r = new Recorder();
      RunSummary s = runScoring(scoring, r);
      assertThat(r.results).hasSize(10);
      assertThat(r.results)
          .filteredOn(c -> !c.ok())
          .singleElement()
          .satisfies(c -> assertThat(c.error()).startsWith("scoring failed: "));
      assertThat(s.complete()).as("a scoring fault is not a complete run").isFalse();
    }
  }

  @Test
  void should_end_every_pair_and_fail_the_run_when_the_listener_throws() throws Exception {
    RunListener throwsOnId4 =
        r -> {
          if (r.sampleId().equals("id4") && r.ok()) {
            throw new IllegalStateException("listener broke");
          }
          recorder.onResult(r);
        };
    RunSummary s = runScoring(SCORING, throwsOnId4);
    assertThat(recorder.results).hasSize(10);
    assertThat(recorder.results)
        .filteredOn(r -> r.sampleId().equals("id4"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.error())
                    .isEqualTo("reporting failed: IllegalStateException: listener broke"));
    assertThat(s.complete()).isFalse();
  }

  @Test
  void should_cancel_a_call_still_in_flight_after_the_grace_period_and_report_it()
      throws Exception {
    CountDownLatch cancelled = new CountDownLatch(1);
    CountDownLatch sent = new CountDownLatch(1);
    ChatProvider hangs =
        new ChatProvider() {
          @Override
          public ChatResponse complete(ChatRequest request) {
            throw new AssertionError("the runner passes a cancel handle");
          }

          @Override
          public ChatResponse complete(ChatRequest request, CallCancel cancel)
              throws ProviderException {
            CountDownLatch gone = new CountDownLatch(1);
            cancel.onCancel(
                () -> {
                  cancelled.countDown();
                  gone.countDown();
                });
            sent.countDown();
            try {
              gone.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            throw new ProviderException(Kind.RETRYABLE, 0, "cancelled");
          }

          @Override
          public String name() {
            return "hangs";
          }
        };
    RunControl control = new RunControl();
    Thread stopper =
        new Thread(
            () -> {
              try {
                sent.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                return;
              }
              control.stop("interrupted");
            });
    stopper.start();
    RunSummary s =
        runner(1, Ticker.SYSTEM, recorder)
            .run(
                samples(1),
                List.of(new ModelTarget(ProviderEntry.of("hangs", "m"), hangs, "hangs")),
                SCORING,
                control,
                Duration.ofMillis(200));

    assertThat(cancelled.await(5, TimeUnit.SECONDS)).as("the provider call was cancelled").isTrue();
    assertThat(recorder.results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.error()).isEqualTo("not finished: interrupted");
              assertThat(r.errorKind()).isEqualTo(ErrorKind.INTERRUPTED);
              assertThat(r.attempts()).isEqualTo(1);
            });
    assertThat(s.stopReason()).isEqualTo("interrupted");
  }
}
