package ai.trainloop.run;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.eval.JudgeClient;
import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Usage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The judge's calls, sent the way the runner sends candidates': each judge model in its own lane
 * (its provider's adaptive in-flight limit, its rpm/tpm, the request delay, and the pacing its
 * replies' rate-limit headers ask for), never holding a candidate's slot; retries with the run's
 * backoff and Retry-After up to {@code retry.max_attempts}, each retry waiting on a timer, holding
 * no judge thread and no slot; the entry's time-out; a rejected key stops that judge; nothing is
 * sent once the run is stopped (Ctrl-C, TERM, the budget), and a call waiting to be retried then
 * ends at once. Each call is admitted and settled by its {@link Accounting} (the budget and the
 * judge's cost), settled before its answer is handed back. Thread-safe.
 *
 * <p>The metric that asked waits (on its scoring thread) for its answers: the {@link JudgeClient}
 * API is synchronous, as a Java {@code JudgeMetric} reads its verdicts in line.
 */
public final class JudgeCalls implements JudgeClient, AutoCloseable {

  /** Where each judge call is admitted (the budget) and its tokens counted. Thread-safe. */
  public interface Accounting {
    /**
     * @param callKey unique to this call
     * @return null to send it; otherwise why the run stops (nothing more is sent)
     */
    String admit(ModelTarget judge, JudgeQuery query, String callKey);

    /** Whether {@link #admit} can ever refuse a call (a budget is set). */
    default boolean limits() {
      return true;
    }

    /**
     * Admits a call the response cache answers: it costs nothing, so it is counted but never
     * refused and holds no budget.
     */
    default String admitFree(ModelTarget judge, JudgeQuery query, String callKey) {
      return admit(judge, query, callKey);
    }

    /** The call ended: {@code usage} is what its answer reported, {@link Usage#UNKNOWN} if none. */
    void settle(ModelTarget judge, JudgeQuery query, String callKey, Usage usage);
  }

  private final Map<String, ModelLane> lanes = new LinkedHashMap<>();
  private final RunOptions options;
  private final Ticker ticker;
  private final RunControl control;
  private final Accounting accounting;
  private final RunListener listener;
  private final Waits waits = new Waits();
  private final Backoff backoff;
  private final ExecutorService pool;
  private final ScheduledExecutorService timer;
  private final Set<CallCancel> live = ConcurrentHashMap.newKeySet();
  private final Set<Call> retrying = ConcurrentHashMap.newKeySet();
  private final AtomicLong keys = new AtomicLong();

  /**
   * @param judges the judge models that can be called
   * @param listener told of retry waits ({@code onWaiting}) and a judge stopped for its key
   */
  public JudgeCalls(
      List<ModelTarget> judges,
      RunOptions options,
      Ticker ticker,
      RunControl control,
      Accounting accounting,
      RunListener listener) {
    this.options = options;
    this.ticker = ticker;
    this.control = control;
    this.accounting = accounting;
    this.listener = listener;
    this.backoff = new Backoff(options.retry().maxWait(), options.jitterSeed() + 1);
    Map<String, AdaptiveLimit> limits = new HashMap<>();
    Map<String, StartGate> gates = new HashMap<>();
    for (ModelTarget m : judges) {
      AdaptiveLimit limit =
          limits.computeIfAbsent(m.limiterKey(), k -> new AdaptiveLimit(options.maxConcurrent()));
      StartGate providerGate =
          gates.computeIfAbsent(
              m.limiterKey(), k -> StartGate.forRates(options.requestDelay(), null, null, ticker));
      StartGate modelGate =
          StartGate.forRates(Duration.ZERO, m.entry().rpm(), m.entry().tpm(), ticker);
      lanes.put(m.id(), new ModelLane(m, limit, providerGate, modelGate, new HeaderPacer(ticker)));
    }
    this.pool = Executors.newCachedThreadPool(RunPools.daemonThreads("trainloop-judge-"));
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            RunPools.daemonThreads("trainloop-judge-timer-"));
    control.whenStopped(this::stopRetries);
  }

  @Override
  public List<JudgeReply> ask(List<JudgeQuery> queries) {
    List<CompletableFuture<JudgeReply>> futures = new ArrayList<>();
    for (JudgeQuery q : queries) {
      futures.add(start(q));
    }
    List<JudgeReply> out = new ArrayList<>();
    for (CompletableFuture<JudgeReply> f : futures) {
      out.add(await(f));
    }
    return out;
  }

  private static JudgeReply await(CompletableFuture<JudgeReply> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return JudgeReply.failed(CallResult.NOT_FINISHED);
    } catch (ExecutionException e) {
      return JudgeReply.failed("unexpected error: " + Reports.describe(e.getCause()));
    }
  }

  /** One judge call under way: its attempts, then its one answer (settled first). */
  private final class Call {
    final ModelLane lane;
    final JudgeQuery query;
    final String key;
    final CompletableFuture<JudgeReply> done = new CompletableFuture<>();
    final AtomicBoolean finished = new AtomicBoolean();
    volatile Usage usage = Usage.UNKNOWN;

    Call(ModelLane lane, JudgeQuery query, String key) {
      this.lane = lane;
      this.query = query;
      this.key = key;
    }

    void finish(JudgeReply reply) {
      if (finished.compareAndSet(false, true)) {
        try {
          accounting.settle(lane.target(), query, key, usage);
        } finally {
          done.complete(reply);
        }
      }
    }
  }

  /** Admits the call and sends its first attempt; its answer, or why there is none. */
  private CompletableFuture<JudgeReply> start(JudgeQuery q) {
    ModelLane lane = lanes.get(q.judgeId());
    if (lane == null) {
      return CompletableFuture.completedFuture(
          JudgeReply.failed("no judge model " + q.judgeId() + " can be called"));
    }
    if (control.stopped()) {
      return CompletableFuture.completedFuture(JudgeReply.failed("not sent: " + control.reason()));
    }
    String key = q.judgeId() + "#" + keys.incrementAndGet();
    // a question the cache answers costs nothing: a budget does not hold it back
    boolean free =
        accounting.limits()
            && lane.target().provider().answersFromCache(() -> request(lane, q), q.repeat());
    String refusal =
        free
            ? accounting.admitFree(lane.target(), q, key)
            : accounting.admit(lane.target(), q, key);
    if (refusal != null) {
      control.stop(refusal);
      return CompletableFuture.completedFuture(JudgeReply.failed("not sent: " + refusal));
    }
    Call call = new Call(lane, q, key);
    submit(call, 1);
    return call.done;
  }

  private void submit(Call call, int attempt) {
    try {
      pool.execute(() -> run(call, attempt));
    } catch (RejectedExecutionException e) {
      call.finish(JudgeReply.failed("not sent: the run has ended"));
    }
  }

  /** One attempt on a judge thread; a retry then waits on the timer, holding no thread. */
  private void run(Call call, int attempt) {
    try {
      Duration wait = attempt(call, attempt);
      if (wait == null) {
        return;
      }
      retrying.add(call);
      if (control.stopped()) {
        // stopped while this attempt ended: the sweep may have run before it was added
        stopRetry(call);
        return;
      }
      try {
        ticker.schedule(
            timer,
            wait,
            () -> {
              if (retrying.remove(call)) {
                submit(call, attempt + 1);
              }
            });
      } catch (RejectedExecutionException e) {
        stopRetry(call);
      }
    } catch (InterruptedException e) {
      call.finish(JudgeReply.failed(CallResult.NOT_FINISHED));
    } catch (RuntimeException | Error e) {
      call.finish(JudgeReply.failed("unexpected error: " + Reports.describe(e)));
    }
  }

  /**
   * Sends one attempt: the call ends with an answer or a final error (null), or the wait before its
   * next attempt.
   */
  private Duration attempt(Call call, int attempt) throws InterruptedException {
    ModelLane lane = call.lane;
    JudgeQuery q = call.query;
    if (lane.stopped()) {
      call.finish(JudgeReply.failed("not sent: " + lane.stopReason()));
      return null;
    }
    if (!waits.await(lane.limit()::acquire)) {
      call.finish(JudgeReply.failed(notSent(attempt)));
      return null;
    }
    int epoch = lane.limit().epoch();
    CallCancel cancel = new CallCancel();
    HeaderPacer.Ticket[] ticket = new HeaderPacer.Ticket[1];
    try {
      if (!waits.await(() -> ticket[0] = lane.awaitStart(q.prompt().length() / 4 + 300L))) {
        call.finish(JudgeReply.failed(notSent(attempt)));
        return null;
      }
      live.add(cancel);
      lane.markStart(ticker.nanos());
      // numbered apart: the k calls of a question, and each repeat's, are each the cache's own
      cancel.trace().repeat(q.repeat());
      ChatResponse r = lane.target().provider().complete(request(lane, q), cancel);
      long end = ticker.nanos();
      lane.markEnd(end);
      lane.observe(cancel.trace().rateLimits(), ticket[0], end);
      lane.limit().success();
      // a judge reply from the response cache costs nothing this run
      call.usage = cancel.trace().cached() ? Usage.of(0, 0) : r.usage();
      call.finish(JudgeReply.answer(r.text()));
      return null;
    } catch (ProviderException e) {
      long end = ticker.nanos();
      lane.markEnd(end);
      lane.observe(cancel.trace().rateLimits(), ticket[0], end);
      if (e.status() == 429) {
        lane.limit().throttled(epoch);
      }
      JudgeReply[] failed = new JudgeReply[1];
      Duration wait = retryWait(lane, e, attempt, failed);
      if (wait == null) {
        call.finish(failed[0]);
        return null;
      }
      listener.onWaiting(q.judgeId(), wait, e.status() == 429 ? "rate limited" : "retrying");
      return wait;
    } finally {
      live.remove(cancel);
      lane.limit().release(); // the slot is given back while the retry waits
    }
  }

  private String notSent(int attempt) {
    return (attempt == 1 ? "not sent: " : "not sent again: ") + control.reason();
  }

  /** The run stopped: every call waiting to be retried ends now, not sent again. */
  private void stopRetries() {
    waits.stop();
    List.copyOf(retrying).forEach(this::stopRetry);
  }

  private void stopRetry(Call call) {
    if (retrying.remove(call)) {
      String why = control.reason() == null ? "the run has ended" : control.reason();
      call.finish(JudgeReply.failed("not sent again: " + why));
    }
  }

  /** The wait before the next attempt, or null when the call ends here (the reply says why). */
  private Duration retryWait(ModelLane lane, ProviderException e, int attempt, JudgeReply[] reply) {
    switch (e.kind()) {
      case MODEL_FATAL -> {
        if (lane.stop(e.getMessage())) {
          listener.onModelStopped(lane.target().id(), e.getMessage());
        }
        reply[0] = JudgeReply.failed(e.getMessage());
        return null;
      }
      case SAMPLE_ERROR -> {
        reply[0] = JudgeReply.failed(e.getMessage());
        return null;
      }
      default -> {
        if (attempt >= options.retry().maxAttempts()) {
          reply[0] = JudgeReply.failed("gave up after " + attempt + " attempts: " + e.getMessage());
          return null;
        }
        Duration wait = backoff.next(attempt, e.retryAfter());
        if (wait == null) {
          reply[0] =
              JudgeReply.failed("asked to wait longer than retry.max_wait: " + e.getMessage());
        }
        return wait;
      }
    }
  }

  private static ChatRequest request(ModelLane lane, JudgeQuery q) {
    return new ChatRequest(
        lane.target().entry().model(),
        List.of(new ChatMessage("user", q.prompt())),
        lane.target().entry().temperature(),
        lane.target().entry().maxTokens(),
        new ChatRequest.Recorded("", null));
  }

  /** Cancels the judge calls still in flight and stops the judge's threads. */
  @Override
  public void close() {
    stopRetries();
    List.copyOf(live).forEach(CallCancel::cancel);
    pool.shutdownNow();
    timer.shutdownNow();
  }
}
