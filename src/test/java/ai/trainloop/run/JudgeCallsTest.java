package ai.trainloop.run;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.RetryConfig;
import ai.trainloop.eval.JudgeClient.JudgeQuery;
import ai.trainloop.eval.JudgeClient.JudgeReply;
import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.RateLimits;
import ai.trainloop.provider.RateLimits.Limit;
import ai.trainloop.provider.Usage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The judge's calls through the run's machinery, on a scripted judge provider and a clock that
 * moves only when asked: Retry-After waited out on the timer, 429s given up on, a rejected key, the
 * budget refusing, a stop while a retry waits, and pacing by the replies' rate-limit headers.
 */
class JudgeCallsTest {
  private static final String JUDGE = "openai/judge";

  /** Answers by attempt: a reply, or throws what {@code script} says. */
  private static final class JudgeProvider implements ChatProvider {
    interface Script {
      ChatResponse answer(int attempt, CallCancel cancel) throws ProviderException;
    }

    final AtomicInteger calls = new AtomicInteger();
    private final Script script;

    JudgeProvider(Script script) {
      this.script = script;
    }

    @Override
    public ChatResponse complete(ChatRequest request) throws ProviderException {
      return complete(request, new CallCancel());
    }

    @Override
    public ChatResponse complete(ChatRequest request, CallCancel cancel) throws ProviderException {
      return script.answer(calls.incrementAndGet(), cancel);
    }

    @Override
    public String name() {
      return "openai";
    }
  }

  /** The fake clock, telling timer waits (no thread held) apart from sleeps on a thread. */
  private static final class Clock implements Ticker {
    final FakeTicker fake = new FakeTicker();
    final List<Duration> timerWaits = new CopyOnWriteArrayList<>();
    final List<Duration> threadSleeps = new CopyOnWriteArrayList<>();
    final boolean holdTimer;

    Clock(boolean holdTimer) {
      this.holdTimer = holdTimer;
    }

    @Override
    public long nanos() {
      return fake.nanos();
    }

    @Override
    public void sleep(Duration d) {
      threadSleeps.add(d);
      fake.sleep(d);
    }

    @Override
    public void schedule(ScheduledExecutorService timer, Duration d, Runnable task) {
      timerWaits.add(d);
      if (!holdTimer) {
        fake.sleep(d);
        timer.execute(task);
      }
    }
  }

  /** Admits or refuses, and counts what it settled. */
  private static final class Ledger implements JudgeCalls.Accounting {
    final List<Usage> settled = new CopyOnWriteArrayList<>();
    final String refusal;

    Ledger(String refusal) {
      this.refusal = refusal;
    }

    @Override
    public String admit(ModelTarget judge, JudgeQuery query, String callKey) {
      return refusal;
    }

    @Override
    public void settle(ModelTarget judge, JudgeQuery query, String callKey, Usage usage) {
      settled.add(usage);
    }
  }

  /** What the judge's calls told: retry waits and a judge stopped. */
  private static final class Told implements RunListener {
    final List<String> waits = new CopyOnWriteArrayList<>();
    final List<String> stopped = new CopyOnWriteArrayList<>();

    @Override
    public void onResult(CallResult result) {}

    @Override
    public void onWaiting(String modelId, Duration wait, String reason) {
      waits.add(modelId + " " + reason + " " + wait);
    }

    @Override
    public void onModelStopped(String modelId, String reason) {
      stopped.add(modelId + ": " + reason);
    }
  }

  private final Told listener = new Told();
  private final RunControl control = new RunControl();

  private JudgeCalls calls(JudgeProvider provider, Clock clock, Ledger ledger) {
    return new JudgeCalls(
        List.of(new ModelTarget(ProviderEntry.of("openai", "judge"), provider, "openai")),
        new RunOptions(2, Duration.ZERO, new RetryConfig(3, Duration.ofSeconds(60)), null, 7),
        clock,
        control,
        ledger,
        listener);
  }

  private static JudgeQuery query(String prompt) {
    return new JudgeQuery(JUDGE, prompt, "s1", "openai/cand", "is_polite");
  }

  private static ProviderException tooMany(Duration retryAfter) {
    return new ProviderException(
        ProviderException.Kind.RETRYABLE, 429, "HTTP 429: slow down", retryAfter, null);
  }

  private static ChatResponse answer() {
    return new ChatResponse("<result>true</result>", Usage.of(100, 20), "stop");
  }

  @Test
  void should_wait_out_retry_after_on_the_timer_then_answer_and_settle_once() {
    JudgeProvider judge =
        new JudgeProvider(
            (attempt, cancel) -> {
              if (attempt == 1) {
                throw tooMany(Duration.ofSeconds(2));
              }
              return answer();
            });
    Clock clock = new Clock(false);
    Ledger ledger = new Ledger(null);
    try (JudgeCalls calls = calls(judge, clock, ledger)) {
      List<JudgeReply> replies = calls.ask(List.of(query("is it polite?")));

      assertThat(replies).singleElement().satisfies(r -> assertThat(r.text()).contains("true"));
      assertThat(judge.calls).hasValue(2);
      assertThat(clock.timerWaits).containsExactly(Duration.ofSeconds(2));
      assertThat(clock.threadSleeps).isEmpty(); // the retry held no judge thread while it waited
      assertThat(ledger.settled).containsExactly(Usage.of(100, 20));
      assertThat(listener.waits).containsExactly(JUDGE + " rate limited PT2S");
    }
  }

  @Test
  void should_give_up_after_the_last_attempt_of_429s_and_settle_it_as_unknown() {
    JudgeProvider judge =
        new JudgeProvider(
            (attempt, cancel) -> {
              throw tooMany(null);
            });
    Ledger ledger = new Ledger(null);
    try (JudgeCalls calls = calls(judge, new Clock(false), ledger)) {
      JudgeReply reply = calls.ask(List.of(query("q"))).get(0);

      assertThat(reply.ok()).isFalse();
      assertThat(reply.error()).isEqualTo("gave up after 3 attempts: HTTP 429: slow down");
      assertThat(judge.calls).hasValue(3);
      assertThat(ledger.settled).containsExactly(Usage.UNKNOWN);
    }
  }

  @Test
  void should_stop_a_judge_whose_key_is_rejected_and_send_it_nothing_more() {
    JudgeProvider judge =
        new JudgeProvider(
            (attempt, cancel) -> {
              throw new ProviderException(
                  ProviderException.Kind.MODEL_FATAL, 401, "HTTP 401: invalid key");
            });
    try (JudgeCalls calls = calls(judge, new Clock(false), new Ledger(null))) {
      JudgeReply first = calls.ask(List.of(query("q1"))).get(0);
      JudgeReply second = calls.ask(List.of(query("q2"))).get(0);

      assertThat(first.error()).isEqualTo("HTTP 401: invalid key");
      assertThat(second.error()).isEqualTo("not sent: HTTP 401: invalid key");
      assertThat(judge.calls).hasValue(1);
      assertThat(listener.stopped).containsExactly(JUDGE + ": HTTP 401: invalid key");
    }
  }

  @Test
  void should_send_nothing_and_stop_the_run_when_the_budget_refuses() {
    JudgeProvider judge = new JudgeProvider((attempt, cancel) -> answer());
    try (JudgeCalls calls = calls(judge, new Clock(false), new Ledger("budget of $0.01 reached"))) {
      JudgeReply reply = calls.ask(List.of(query("q"))).get(0);
      JudgeReply after = calls.ask(List.of(query("q2"))).get(0);

      assertThat(reply.error()).isEqualTo("not sent: budget of $0.01 reached");
      assertThat(after.error()).isEqualTo("not sent: budget of $0.01 reached");
      assertThat(control.stopped()).isTrue();
      assertThat(judge.calls).hasValue(0);
    }
  }

  @Test
  void should_end_a_call_waiting_to_retry_at_once_when_the_run_is_stopped() throws Exception {
    JudgeProvider judge =
        new JudgeProvider(
            (attempt, cancel) -> {
              throw tooMany(Duration.ofSeconds(30));
            });
    Clock clock = new Clock(true); // the timer never fires: the retry waits until the stop
    try (JudgeCalls calls = calls(judge, clock, new Ledger(null))) {
      CompletableFuture<List<JudgeReply>> asked =
          CompletableFuture.supplyAsync(() -> calls.ask(List.of(query("q"))));
      while (clock.timerWaits.isEmpty()) {
        Thread.sleep(5);
      }
      control.stop("interrupted");

      JudgeReply reply = asked.get(5, TimeUnit.SECONDS).get(0);
      assertThat(reply.error()).isEqualTo("not sent again: interrupted");
      assertThat(judge.calls).hasValue(1);
    }
  }

  @Test
  void should_pace_judge_calls_by_the_rate_limit_headers_of_their_replies() {
    // every reply says no request is left until the reset, 2 s from now
    JudgeProvider judge =
        new JudgeProvider(
            (attempt, cancel) -> {
              cancel
                  .trace()
                  .rateLimits(
                      new RateLimits(new Limit(null, 0L, Duration.ofSeconds(2)), Limit.NONE));
              return answer();
            });
    Clock clock = new Clock(false);
    try (JudgeCalls calls = calls(judge, clock, new Ledger(null))) {
      calls.ask(List.of(query("q1")));
      assertThat(clock.threadSleeps).isEmpty();

      calls.ask(List.of(query("q2")));

      Duration slept = clock.threadSleeps.stream().reduce(Duration.ZERO, Duration::plus);
      assertThat(slept).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }
  }
}
