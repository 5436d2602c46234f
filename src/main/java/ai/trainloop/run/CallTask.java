package ai.trainloop.run;

import ai.trainloop.eval.MetricScore;
import ai.trainloop.eval.Sample;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.run.CallResult.ErrorKind;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Sends one sample to one model until it is answered, fails for good, or the run stops; then scores the reply.
 * The latency kept is that of the successful attempt alone, so throttling does not pass for slowness.
 */
final class CallTask {
  private final ModelLane lane;
  private final RecordedCall sample;
  private final RunContext ctx;

  private boolean holdsSlot = true;

  /** The dispatcher has taken a slot of the lane's limit for this task; {@link #releaseSlot} gives it back. */
  CallTask(ModelLane lane, RecordedCall sample, RunContext ctx) {
    this.lane = lane;
    this.sample = sample;
    this.ctx = ctx;
  }

  /** Gives back the lane slot this task holds, if it holds one; called once the task has ended, whatever way. */
  void releaseSlot() {
    if (holdsSlot) {
      holdsSlot = false;
      lane.limit().release();
    }
  }

  /**
   * The outcome, or null when the run stopped before it had one (then it is not reported): a call waiting for its
   * turn or for a retry when the run stops is not sent again.
   */
  CallResult call() throws InterruptedException {
    ChatRequest request = request();
    long estimatedTokens = estimateTokens();
    long waitedNanos = 0;
    int maxAttempts = ctx.options().retry().maxAttempts();
    for (int attempt = 1; ; attempt++) {
      if (lane.stopped()) {
        return failure(attempt - 1, waitedNanos, "not sent: " + lane.stopReason(), ErrorKind.MODEL_STOPPED);
      }
      if (!ctx.waits().await(() -> lane.awaitStart(estimatedTokens))) {
        return null;
      }
      ctx.global().acquire();
      if (ctx.control().stopped() || lane.stopped()) {
        // stopped while this call waited for its turn: it is not sent
        ctx.global().release();
        return lane.stopped()
            ? failure(attempt - 1, waitedNanos, "not sent: " + lane.stopReason(), ErrorKind.MODEL_STOPPED) : null;
      }
      long start = ctx.ticker().nanos();
      int epoch = lane.limit().epoch();
      ChatResponse response;
      try {
        lane.markStart(start);
        response = lane.target().provider().complete(request);
      } catch (ProviderException e) {
        if (ctx.abandoned().get()) {
          return null;
        }
        ctx.global().release();
        lane.markEnd(ctx.ticker().nanos());
        if (e.status() == 429) {
          lane.limit().throttled(epoch);
        }
        switch (e.kind()) {
          case MODEL_FATAL:
            if (lane.stop(e.getMessage())) {
              ctx.listener().onModelStopped(lane.target().id(), e.getMessage());
            }
            return failure(attempt, waitedNanos, e.getMessage(), ErrorKind.MODEL_STOPPED);
          case SAMPLE_ERROR:
            return failure(attempt, waitedNanos, e.getMessage(), ErrorKind.SAMPLE);
          default:
            break;
        }
        if (attempt >= maxAttempts) {
          String why = "gave up after " + attempt + " attempts: " + e.getMessage();
          return failure(attempt, waitedNanos, why, isTimeout(e) ? ErrorKind.TIMEOUT : ErrorKind.RETRIES_EXHAUSTED);
        }
        Duration wait = ctx.backoff().next(attempt, e.retryAfter());
        if (wait == null) {
          String why = String.format(Locale.ROOT, "%s asked to wait %s, longer than retry.max_wait %s: %s",
              lane.target().provider().name(), seconds(e.retryAfter()), seconds(ctx.options().retry().maxWait()),
              e.getMessage());
          return failure(attempt, waitedNanos, why, ErrorKind.RETRIES_EXHAUSTED);
        }
        if (ctx.control().stopped() || lane.stopped()) {
          return lane.stopped() ? failure(attempt, waitedNanos, lane.stopReason(), ErrorKind.MODEL_STOPPED) : null;
        }
        ctx.listener().onWaiting(lane.target().id(), wait, reason(e));
        // a call waiting to retry is not in flight: its provider slot goes to another call meanwhile
        releaseSlot();
        if (!ctx.waits().await(() -> ctx.ticker().sleep(wait))
            || !ctx.waits().await(() -> {
              lane.limit().acquire();
              holdsSlot = true;
            })) {
          return null;
        }
        waitedNanos += wait.toNanos();
        continue;
      } catch (RuntimeException e) {
        ctx.global().release();
        lane.markEnd(ctx.ticker().nanos());
        return failure(attempt, waitedNanos, "unexpected error: " + e, ErrorKind.SAMPLE);
      }
      long end = ctx.ticker().nanos();
      ctx.global().release();
      lane.markEnd(end);
      lane.limit().success();
      Duration latency = response.latency() != null ? response.latency() : Duration.ofNanos(end - start);
      return success(response, latency, attempt, waitedNanos);
    }
  }

  private CallResult success(ChatResponse response, Duration latency, int attempts, long waitedNanos) {
    String text = response.text() == null ? "" : response.text();
    Sample scored = new Sample(sample.id(), sample.tag(), sample.input(), text, lane.target().id(), sample.output());
    List<MetricScore> metrics = ctx.scoring().score(scored);
    return new CallResult(sample.id(), sample.tag(), lane.target().id(), text, response.usage(), latency, attempts,
        Duration.ofNanos(waitedNanos), null, null, metrics);
  }

  private CallResult failure(int attempts, long waitedNanos, String error, ErrorKind kind) {
    return new CallResult(sample.id(), sample.tag(), lane.target().id(), null, null, null, attempts,
        Duration.ofNanos(waitedNanos), error, kind, List.of());
  }

  private ChatRequest request() {
    Double temperature = ctx.options().temperatureOverride() != null
        ? ctx.options().temperatureOverride()
        : lane.target().entry().temperature();
    return new ChatRequest(lane.target().entry().model(), sample.input(), temperature,
        lane.target().entry().maxTokens(), new ChatRequest.Recorded(sample.output(), sample.durationMs()));
  }

  /** About four characters a token, plus the reply's allowance: only for pacing tpm, never for cost. */
  private long estimateTokens() {
    long chars = 0;
    for (var m : sample.input()) {
      chars += m.content().length();
    }
    Integer maxTokens = lane.target().entry().maxTokens();
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
}
