package ai.trainloop.provider.stub;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A provider's rate limit for the stub, per wire format and model: {@code rpm} requests a minute,
 * enforced, as OpenAI documents it does, over a one-second burst too (3,000 a minute admits at most
 * 50 in any second, refilled continuously). Every reply, answered or refused, carries the vendor's
 * rate-limit headers for the minute's limit: OpenAI's {@code x-ratelimit-*-requests} and {@code
 * -tokens} (resets as Go durations, {@code 20ms}, {@code 6m0s}) or Anthropic's {@code
 * anthropic-ratelimit-requests-*} and {@code -tokens-*} (resets as RFC 3339 times to the second,
 * rounded up); a refused call is a 429 with {@code retry-after-ms} until the next request is
 * admitted.
 */
public final class StubRateLimit implements StubProvider.Script {
  private final StubProvider.Script inner;
  private final double perNano;
  private final double minuteCapacity;
  private final double burstCapacity;
  private final long tpm;
  private final LongSupplier nanos;
  private final Clock clock;
  private final Map<String, Buckets> buckets = new ConcurrentHashMap<>();
  private final AtomicInteger refused = new AtomicInteger();

  /**
   * @param inner what answers the calls that are admitted
   * @param rpm requests a minute
   * @param burstSeconds how many seconds' worth of requests may come at once
   * @param tpm tokens a minute told in the headers (input plus output of each answer); not enforced
   */
  public StubRateLimit(
      StubProvider.Script inner,
      long rpm,
      double burstSeconds,
      long tpm,
      LongSupplier nanos,
      Clock clock) {
    if (rpm < 1 || !(burstSeconds > 0) || tpm < 1) {
      throw new IllegalArgumentException("rpm, burst seconds and tpm must be positive");
    }
    this.inner = inner;
    this.perNano = rpm / 60e9;
    this.minuteCapacity = rpm;
    this.burstCapacity = Math.max(1, rpm / 60.0 * burstSeconds);
    this.tpm = tpm;
    this.nanos = nanos;
    this.clock = clock;
  }

  /** Calls answered 429 so far. */
  public int refused() {
    return refused.get();
  }

  @Override
  public StubProvider.Reply answer(StubProvider.Call call) {
    Buckets b = buckets.computeIfAbsent(call.format() + "|" + call.model(), k -> new Buckets());
    Map<String, String> headers;
    long refusedForMs = -1;
    synchronized (b) {
      b.refill(nanos.getAsLong());
      if (b.burst >= 1) {
        b.burst -= 1;
        b.minute -= 1;
      } else {
        // less a hair, so that floating-point dust does not round a whole 20 ms up to 21
        refusedForMs = Math.max(1, (long) Math.ceil((1 - b.burst) / perNano / 1e6 - 1e-6));
      }
      headers = headers(call.format(), b);
    }
    if (refusedForMs >= 0) {
      refused.incrementAndGet();
      headers.put("retry-after-ms", Long.toString(refusedForMs));
      return new StubProvider.Fault(429, headers, StubLoad.rateLimited(call.format(), 0).body());
    }
    StubProvider.Reply reply = inner.answer(call);
    if (reply instanceof StubProvider.Text t) {
      synchronized (b) {
        b.tokens = Math.max(0, b.tokens - t.inputTokens() - t.outputTokens());
      }
    }
    return new StubProvider.WithHeaders(reply, headers);
  }

  private Map<String, String> headers(String format, Buckets b) {
    long remaining = (long) Math.floor(Math.max(0, b.minute));
    Duration reset = Duration.ofNanos(Math.round((minuteCapacity - b.minute) / perNano));
    long tokensLeft = (long) Math.floor(b.tokens);
    Duration tokensReset = Duration.ofNanos(Math.round((tpm - b.tokens) / (tpm / 60e9)));
    Map<String, String> h = new LinkedHashMap<>();
    if ("anthropic".equals(format)) {
      h.put("anthropic-ratelimit-requests-limit", Long.toString((long) minuteCapacity));
      h.put("anthropic-ratelimit-requests-remaining", Long.toString(remaining));
      h.put("anthropic-ratelimit-requests-reset", rfc3339(reset));
      h.put("anthropic-ratelimit-tokens-limit", Long.toString(tpm));
      h.put("anthropic-ratelimit-tokens-remaining", Long.toString(tokensLeft));
      h.put("anthropic-ratelimit-tokens-reset", rfc3339(tokensReset));
    } else {
      h.put("x-ratelimit-limit-requests", Long.toString((long) minuteCapacity));
      h.put("x-ratelimit-remaining-requests", Long.toString(remaining));
      h.put("x-ratelimit-reset-requests", goDuration(reset));
      h.put("x-ratelimit-limit-tokens", Long.toString(tpm));
      h.put("x-ratelimit-remaining-tokens", Long.toString(tokensLeft));
      h.put("x-ratelimit-reset-tokens", goDuration(tokensReset));
    }
    return h;
  }

  /** The time {@code d} from now, to the second, rounded up, as Anthropic writes it. */
  private String rfc3339(Duration d) {
    Instant at = clock.instant().plus(d);
    Instant second = at.truncatedTo(ChronoUnit.SECONDS);
    return (second.equals(at) ? second : second.plusSeconds(1)).toString();
  }

  /** As Go's {@code time.Duration.String} writes it, to the millisecond: 20ms, 1.5s, 6m0s. */
  static String goDuration(Duration d) {
    long ms = Math.max(0, d.toMillis());
    if (ms < 1000) {
      return ms + "ms";
    }
    long hours = ms / 3_600_000;
    long minutes = ms / 60_000 % 60;
    long millis = ms % 60_000;
    String seconds =
        millis % 1000 == 0
            ? Long.toString(millis / 1000)
            : String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0).replaceAll("0+$", "");
    StringBuilder sb = new StringBuilder();
    if (hours > 0) {
      sb.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      sb.append(minutes).append('m');
    }
    return sb.append(seconds).append('s').toString();
  }

  /** One model's buckets: the one-second burst (enforced) and the minute (told). */
  private final class Buckets {
    double burst = burstCapacity;
    double minute = minuteCapacity;
    double tokens = tpm;
    long at = nanos.getAsLong();

    void refill(long now) {
      double add = perNano * Math.max(0, now - at);
      burst = Math.min(burstCapacity, burst + add);
      minute = Math.min(minuteCapacity, minute + add);
      tokens = Math.min(tpm, tokens + tpm / 60e9 * Math.max(0, now - at));
      at = now;
    }
  }
}
