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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The judge's calls, sent the way the runner sends candidates': each judge model in its own lane
 * (its provider's adaptive in-flight limit, its rpm/tpm and the request delay), never holding a
 * candidate's slot; retries with the run's backoff and Retry-After up to {@code
 * retry.max_attempts}; the entry's time-out; a rejected key stops that judge; nothing is sent once
 * the run is stopped (Ctrl-C, TERM, the budget). Each call is admitted and settled by its {@link
 * Accounting} (the budget and the judge's cost). Thread-safe.
 */
public final class JudgeCalls implements JudgeClient, AutoCloseable {

  /** Where each judge call is admitted (the budget) and its tokens counted. Thread-safe. */
  public interface Accounting {
    /**
     * @param callKey unique to this call
     * @return null to send it; otherwise why the run stops (nothing more is sent)
     */
    String admit(ModelTarget judge, JudgeQuery query, String callKey);

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
  private final Set<CallCancel> live = ConcurrentHashMap.newKeySet();
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
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "trainloop-judge-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    control.whenStopped(waits::stop);
  }

  @Override
  public List<JudgeReply> ask(List<JudgeQuery> queries) {
    List<Future<JudgeReply>> futures = new ArrayList<>();
    for (JudgeQuery q : queries) {
      try {
        futures.add(pool.submit(() -> call(q)));
      } catch (RejectedExecutionException e) {
        futures.add(null);
      }
    }
    List<JudgeReply> out = new ArrayList<>();
    for (Future<JudgeReply> f : futures) {
      out.add(await(f));
    }
    return out;
  }

  private static JudgeReply await(Future<JudgeReply> f) {
    if (f == null) {
      return JudgeReply.failed("not sent: the run has ended");
    }
    try {
      return f.get();
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      return JudgeReply.failed(CallResult.NOT_FINISHED);
    } catch (ExecutionException e) {
      return JudgeReply.failed("unexpected error: " + Reports.describe(e.getCause()));
    }
  }

  /** One judge call to its end: an answer, or why there is none. */
  private JudgeReply call(JudgeQuery q) throws InterruptedException {
    ModelLane lane = lanes.get(q.judgeId());
    if (lane == null) {
      return JudgeReply.failed("no judge model " + q.judgeId() + " can be called");
    }
    if (control.stopped()) {
      return JudgeReply.failed("not sent: " + control.reason());
    }
    String key = q.judgeId() + "#" + keys.incrementAndGet();
    String refusal = accounting.admit(lane.target(), q, key);
    if (refusal != null) {
      control.stop(refusal);
      return JudgeReply.failed("not sent: " + refusal);
    }
    Usage usage = Usage.UNKNOWN;
    try {
      JudgeReply[] reply = new JudgeReply[1];
      usage = attempts(lane, q, reply);
      return reply[0];
    } finally {
      accounting.settle(lane.target(), q, key, usage);
    }
  }

  /** Sends until an answer, a final error or the last attempt; the answer's usage. */
  private Usage attempts(ModelLane lane, JudgeQuery q, JudgeReply[] reply)
      throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      if (lane.stopped()) {
        reply[0] = JudgeReply.failed("not sent: " + lane.stopReason());
        return Usage.UNKNOWN;
      }
      if (!waits.await(lane.limit()::acquire)) {
        reply[0] = JudgeReply.failed("not sent: " + control.reason());
        return Usage.UNKNOWN;
      }
      int epoch = lane.limit().epoch();
      CallCancel cancel = new CallCancel();
      Duration wait;
      try {
        if (!waits.await(() -> lane.awaitStart(q.prompt().length() / 4 + 300L))) {
          reply[0] = JudgeReply.failed("not sent: " + control.reason());
          return Usage.UNKNOWN;
        }
        live.add(cancel);
        lane.markStart(ticker.nanos());
        ChatResponse r = lane.target().provider().complete(request(lane, q), cancel);
        lane.markEnd(ticker.nanos());
        lane.limit().success();
        reply[0] = JudgeReply.answer(r.text());
        return r.usage();
      } catch (ProviderException e) {
        lane.markEnd(ticker.nanos());
        if (e.status() == 429) {
          lane.limit().throttled(epoch);
        }
        wait = retryWait(lane, e, attempt, reply);
        if (wait == null) {
          return Usage.UNKNOWN;
        }
        listener.onWaiting(q.judgeId(), wait, e.status() == 429 ? "rate limited" : "retrying");
      } finally {
        live.remove(cancel);
        lane.limit().release();
      }
      // the slot is given back while the retry waits
      Duration w = wait;
      if (!waits.await(() -> ticker.sleep(w))) {
        reply[0] = JudgeReply.failed("not sent again: " + control.reason());
        return Usage.UNKNOWN;
      }
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
    waits.stop();
    List.copyOf(live).forEach(CallCancel::cancel);
    pool.shutdownNow();
  }
}
