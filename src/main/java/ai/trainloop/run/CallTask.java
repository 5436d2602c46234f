package ai.trainloop.run;

import ai.trainloop.eval.Counterpart;
import ai.trainloop.eval.FunctionCall;
import ai.trainloop.eval.Message;
import ai.trainloop.eval.MetricScore;
import ai.trainloop.eval.Sample;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.CallTiming;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Usage;
import ai.trainloop.run.CallResult.ErrorKind;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One (sample, model) pair: each {@link #run} is one attempt on a call thread, holding its lane
 * slot. A retry waits on the timer, holding no thread and no slot, and is handed back to its lane;
 * a reply is scored on the scoring pool after both slots are given back. The pair ends once:
 * reported, dropped (the run stopped first), or abandoned at the end of the grace period. The
 * latency kept is that of the successful attempt alone, as the HTTP layer timed it (from the
 * request's first byte to the reply's last: no queueing, no connection set-up); attempts that timed
 * out are counted with the limit they passed, and every reply's rate-limit headers go to the lane's
 * pacing.
 */
// One attempt at a time writes the volatile fields (the hand-offs between threads order them); they
// are
// volatile only so that the stopping thread reads them: their updates need not be atomic.
@SuppressWarnings("NonAtomicVolatileUpdate")
final class CallTask implements Runnable {
  private final ModelLane lane;
  private final RecordedCall sample;
  private final int repeat;
  private final Integer repeatLabel;
  private final RunContext ctx;
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile int attempts;
  private volatile long waitedNanos;
  private volatile CallCancel cancel;
  private volatile Usage usage = Usage.UNKNOWN;
  private volatile Duration latency;
  private volatile Duration connect;
  private volatile Duration firstToken;
  private volatile boolean cached;
  private volatile boolean batched;
  private volatile int timeouts;
  private volatile Duration timeoutLimit;
  private HeaderPacer.Ticket ticket;
  private volatile ChatRequest request;
  private volatile SentParams sent = SentParams.NONE;
  private boolean holdsLane = true;
  private boolean holdsGlobal;

  /**
   * The dispatcher has taken a slot of the lane's limit for this task; every attempt gives it back.
   */
  CallTask(ModelLane lane, FilteredSamples.Call call, RunContext ctx) {
    this.lane = lane;
    this.sample = call.sample();
    this.repeat = call.repeat();
    this.repeatLabel = call.label();
    this.ctx = ctx;
    lane.pairStarted();
  }

  /**
   * The request, built on the call thread at its first use (so the dispatcher only hands out
   * samples); a recorded reply is replayed, nothing is sent.
   */
  private ChatRequest request() {
    ChatRequest r = request;
    if (r == null) {
      r = CallRequests.of(lane.target(), sample, ctx.options());
      sent =
          lane.target().entry().isRecorded()
              ? SentParams.NONE
              : CallRequests.sent(lane.target().provider(), r);
      request = r;
    }
    return r;
  }

  /** Run again after a retry wait: the dispatcher took a lane slot for it again. */
  void slotTaken() {
    holdsLane = true;
  }

  @Override
  public void run() {
    try {
      attempt();
    } catch (InterruptedException e) {
      releaseSlots();
      end(null);
    } catch (Throwable t) {
      releaseSlots();
      ctx.reports().fail("unexpected error in the runner: " + Reports.describe(t), t);
      end(failure("unexpected error: " + Reports.describe(t), ErrorKind.SAMPLE));
    }
  }

  /**
   * The end of the grace period: the call is cancelled and the pair is an error, its possible cost
   * counted.
   */
  void abandon() {
    CallCancel c = cancel;
    end(
        pair()
            .usage(usage)
            .latency(latency)
            .error(CallResult.NOT_FINISHED)
            .errorKind(ErrorKind.INTERRUPTED)
            .times(times())
            .sent(sent)
            .build());
    if (c != null) {
      c.cancel();
    }
  }

  private void attempt() throws InterruptedException {
    if (lane.stopped()) {
      releaseSlots();
      end(failure("not sent: " + lane.stopReason(), ErrorKind.MODEL_STOPPED));
      return;
    }
    boolean ready =
        ctx.waits()
                .await(
                    () -> {
                      ctx.inFlight().global().acquire();
                      holdsGlobal = true;
                    })
            && ctx.waits().await(() -> ticket = lane.awaitStart(estimateTokens()));
    if (!ready || ctx.control().stopped() || lane.stopped()) {
      // stopped while this call waited for its turn: it is not sent
      releaseSlots();
      end(
          lane.stopped()
              ? failure("not sent: " + lane.stopReason(), ErrorKind.MODEL_STOPPED)
              : null);
      return;
    }
    int attempt = ++attempts;
    long start = ctx.ticker().nanos();
    int epoch = lane.limit().epoch();
    CallCancel handle = new CallCancel();
    handle.trace().attempt(attempt);
    handle.trace().repeat(repeat);
    handle.trace().sampleId(sample.id());
    cancel = handle;
    ChatResponse response;
    try {
      lane.markStart(start);
      response = lane.target().provider().complete(request(), handle);
    } catch (ProviderException e) {
      cancel = null;
      batched = handle.trace().batched();
      long failedAt = ctx.ticker().nanos();
      lane.markEnd(failedAt);
      lane.observe(handle.trace().rateLimits(), ticket, failedAt);
      if (e.status() == 429) {
        lane.throttled(failedAt);
      }
      Duration limit = handle.trace().timedOut();
      if (limit != null) {
        timeouts++;
        timeoutLimit = limit;
      }
      // a rejected key stops the model before its slot is given back, so no other call of it goes
      // out
      if (e.kind() == ProviderException.Kind.MODEL_FATAL && lane.stop(e.getMessage())) {
        ctx.reports().modelStopped(lane.target().id(), e.getMessage());
      }
      releaseSlots();
      failed(e, attempt, epoch);
      return;
    }
    cancel = null;
    long end = ctx.ticker().nanos();
    lane.markEnd(end);
    lane.observe(handle.trace().rateLimits(), ticket, end);
    lane.limit().success();
    releaseSlots();
    usage = response.usage();
    cached = handle.trace().cached();
    // the budget settles before scoring; a cached reply cost nothing
    ctx.admission().replied(lane.target(), sample, cached ? Usage.of(0, 0) : usage);
    CallTiming timing = handle.trace().timing();
    // the recorded provider's latency is the recorded one; an adapter without HTTP events is timed
    // around its call
    // a reply collected from a batch took the batch's hours, not a call's time: no latency
    batched = handle.trace().batched();
    latency =
        batched
            ? null
            : response.latency() != null
                ? response.latency()
                : timing != null ? timing.total() : Duration.ofNanos(end - start);
    connect = timing == null || batched ? null : timing.setup();
    firstToken = timing == null || batched ? null : timing.firstToken();
    score(response);
  }

  private void failed(ProviderException e, int attempt, int epoch) {
    if (e.status() == 429) {
      lane.limit().throttled(epoch);
    }
    switch (e.kind()) {
      case MODEL_FATAL:
        end(failure(e.getMessage(), ErrorKind.MODEL_STOPPED));
        return;
      case SAMPLE_ERROR:
        end(failure(e.getMessage(), ErrorKind.SAMPLE));
        return;
      default:
        break;
    }
    if (attempt >= ctx.options().retry().maxAttempts()) {
      String why = "gave up after " + attempt + " attempts: " + e.getMessage();
      end(failure(why, isTimeout(e) ? ErrorKind.TIMEOUT : ErrorKind.RETRIES_EXHAUSTED));
      return;
    }
    Duration wait = ctx.backoff().next(attempt, e.retryAfter());
    if (wait == null) {
      String why =
          String.format(
              Locale.ROOT,
              "%s asked to wait %s, longer than retry.max_wait %s: %s",
              lane.target().provider().name(),
              seconds(e.retryAfter()),
              seconds(ctx.options().retry().maxWait()),
              e.getMessage());
      end(failure(why, ErrorKind.RETRIES_EXHAUSTED));
      return;
    }
    if (ctx.control().stopped() || lane.stopped()) {
      end(lane.stopped() ? failure(lane.stopReason(), ErrorKind.MODEL_STOPPED) : null);
      return;
    }
    ctx.reports().waiting(lane.target().id(), wait, reason(e));
    // a call waiting to retry is not in flight: no thread, no slot; the timer hands it back to its
    // lane
    waitedNanos += wait.toNanos();
    ctx.inFlight().untrack(this);
    try {
      ctx.ticker().schedule(ctx.pools().timer(), wait, () -> lane.retryReady(this));
    } catch (RejectedExecutionException runOver) {
      // the run has ended: the retry is not sent
    }
  }

  /**
   * Scores the reply on the scoring pool; a reply compared with other models' replies to the sample
   * is parked on the run's {@link ReplyBoard} (no thread, no slot, not in the scoring backlog)
   * until each of them has replied or ended without a reply.
   */
  private void score(ChatResponse response) {
    String text = response.text() == null ? "" : response.text();
    String id = lane.target().id();
    ctx.replies().post(boardKey(sample.id(), repeat), id, Counterpart.replied(id, text));
    Set<String> needs = ctx.scoring().awaits(sample.tag(), id);
    if (needs.isEmpty()) {
      submit(response, text, null);
    } else {
      ctx.replies()
          .when(boardKey(sample.id(), repeat), needs, others -> submit(response, text, others));
    }
  }

  private void submit(ChatResponse response, String text, Map<String, Counterpart> others) {
    ctx.inFlight().scoringBacklog().add();
    try {
      ctx.pools()
          .scorers()
          .execute(
              () -> {
                try {
                  scoreNow(response, text, others);
                } finally {
                  ctx.inFlight().scoringBacklog().done();
                }
              });
    } catch (RejectedExecutionException e) {
      ctx.inFlight().scoringBacklog().done();
      abandon();
    }
  }

  private void scoreNow(ChatResponse response, String text, Map<String, Counterpart> others) {
    if (ended.get()) {
      return;
    }
    Sample scored =
        new Sample(
                sample.id(),
                sample.tag(),
                metricInput(),
                text,
                lane.target().id(),
                sample.output(),
                response.toolCalls().stream()
                    .map(c -> FunctionCall.of(c.id(), c.name(), c.argumentsJson()))
                    .toList(),
                response.finish())
            // a cached reply's latency is not this run's; its cost is what it cost when it was made
            .withMeasures(
                cached ? null : latency, ctx.admission().costOf(lane.target(), usage).orElse(null));
    CallResult result;
    try {
      List<MetricScore> scores = ctx.scoring().score(scored, others, repeat);
      result = answered(response, latency, text, null, null, scores);
    } catch (Throwable t) {
      String why = "scoring failed: " + Reports.describe(t);
      ctx.reports().fail(why + " (" + lane.target().id() + ", sample " + sample.id() + ")", t);
      result = answered(response, latency, text, why, ErrorKind.SCORING, List.of());
    }
    end(result);
  }

  /**
   * Ends the pair once: reports {@code result}, or nothing when null (the run stopped before it had
   * one).
   */
  private void end(CallResult result) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    String id = lane.target().id();
    if (result == null || result.response() == null) {
      // the pair ended without a reply: replies compared with it fail, they do not wait
      String why = result == null ? "not sent: " + ctx.control().reason() : result.error();
      ctx.replies().post(boardKey(sample.id(), repeat), id, Counterpart.missing(id, why));
    }
    try {
      boolean late =
          ctx.inFlight().abandoned().get()
              && result != null
              && result.errorKind() != ErrorKind.INTERRUPTED;
      if (result != null && !late) {
        ctx.reports().result(result);
      }
    } finally {
      ctx.inFlight().untrack(this);
      lane.pairEnded();
    }
  }

  private void releaseSlots() {
    if (holdsGlobal) {
      holdsGlobal = false;
      ctx.inFlight().global().release();
    }
    if (holdsLane) {
      holdsLane = false;
      lane.limit().release();
    }
  }

  private CallResult failure(String error, ErrorKind kind) {
    return pair()
        .error(error)
        .errorKind(kind)
        .times(new CallTimes(null, timeouts, timeoutLimit, null, request.stream(), false, batched))
        .sent(attempts > 0 ? sent : SentParams.NONE)
        .build();
  }

  private CallTimes times() {
    return new CallTimes(
        connect, timeouts, timeoutLimit, firstToken, request.stream(), cached, batched);
  }

  /**
   * Where the replies to one repeat of a sample meet on the {@link ReplyBoard}: a pairwise metric
   * compares repeat r of one model with repeat r of the others.
   */
  static String boardKey(String sampleId, int repeat) {
    return repeat == 0 ? sampleId : sampleId + "\u0000" + repeat;
  }

  /** A result of this pair with its attempts and waits so far. */
  private CallResult.Builder pair() {
    return CallResult.builder()
        .sampleId(sample.id())
        .tag(sample.tag())
        .modelId(lane.target().id())
        .repeat(repeatLabel)
        .attempts(attempts)
        .waited(Duration.ofNanos(waitedNanos));
  }

  /**
   * About four characters a token, plus the reply's allowance: only for pacing tpm, never for cost.
   */
  private long estimateTokens() {
    long chars = 0;
    for (var m : sample.input()) {
      chars += m.content().length();
    }
    Integer maxTokens = request().maxTokens();
    return chars / 4 + (maxTokens != null ? maxTokens : sample.output().length() / 4);
  }

  private static boolean isTimeout(ProviderException e) {
    return e.getCause() instanceof InterruptedIOException
        || (e.getMessage() != null && e.getMessage().contains("timed out"));
  }

  private static String reason(ProviderException e) {
    if (e.status() == 429) {
      return "rate limited";
    }
    if (isTimeout(e)) {
      return "timed out";
    }
    return e.status() > 0 ? "HTTP " + e.status() : "connection failed";
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  /** A call the provider answered: scored, or failed while it was scored. */
  private CallResult answered(
      ChatResponse response,
      Duration latency,
      String text,
      String error,
      ErrorKind kind,
      List<MetricScore> metrics) {
    return pair()
        .response(text)
        .toolCalls(response.toolCalls())
        .finishReason(response.finish())
        .finishReasonRaw(response.finishReason())
        .usage(response.usage())
        .latency(latency)
        .error(error)
        .errorKind(kind)
        .metrics(metrics)
        .times(times())
        .sent(sent)
        .build();
  }

  /** The recorded messages as the public metric API shows them. */
  private List<Message> metricInput() {
    return sample.input().stream().map(m -> new Message(m.role(), m.content())).toList();
  }
}
