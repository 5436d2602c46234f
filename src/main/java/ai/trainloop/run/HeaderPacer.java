package ai.trainloop.run;

import ai.trainloop.provider.RateLimits;
import java.time.Duration;

/**
 * Paces one model's call starts by the rate-limit headers of its replies, so that calls slow down
 * before the limit is reached instead of after a burst of 429s. Inactive (every call goes at once)
 * until a reply tells a limit. Each limit, of requests and of tokens, is mirrored by a {@link
 * RateBucket}. Thread-safe.
 */
final class HeaderPacer {
  /**
   * The longest single sleep: a call waiting for its turn looks again at what replies told since.
   */
  private static final Duration LONGEST_SLEEP = Duration.ofMillis(50);

  private final Ticker ticker;
  private final RateBucket requests = new RateBucket();
  private final RateBucket tokens = new RateBucket();
  private volatile boolean active;

  /**
   * What had been sent through this pacer when one call started, its own share included.
   *
   * @param requests requests sent
   * @param tokens estimated tokens sent
   */
  record Ticket(double requests, double tokens) {}

  HeaderPacer(Ticker ticker) {
    this.ticker = ticker;
  }

  /** Whether any reply told a limit: until then {@link #await} never waits. */
  boolean active() {
    return active;
  }

  /**
   * Waits until a call of about {@code estimatedTokens} tokens may start, then counts it as sent.
   */
  Ticket await(long estimatedTokens) throws InterruptedException {
    double cost = Math.max(1, estimatedTokens);
    while (true) {
      long wait;
      synchronized (this) {
        long now = ticker.nanos();
        wait = Math.max(requests.waitNanos(1, now), tokens.waitNanos(cost, now));
        if (wait <= 0) {
          return new Ticket(requests.take(1, now), tokens.take(cost, now));
        }
      }
      ticker.sleep(Duration.ofNanos(Math.min(wait, LONGEST_SLEEP.toNanos())));
    }
  }

  /**
   * What the reply to the call started with {@code ticket} told, read at {@code nowNanos}; nothing
   * when it told no limit.
   */
  /**
   * A call was answered 429 at {@code nowNanos}: the server's request burst is spent, so the next
   * starts wait for it to refill (a no-op until a reply told a rate).
   */
  void throttled(long nowNanos) {
    synchronized (this) {
      requests.drain(nowNanos);
    }
  }

  void observe(RateLimits limits, Ticket ticket, long nowNanos) {
    if (limits == null || !limits.known() || ticket == null) {
      return;
    }
    synchronized (this) {
      requests.observe(limits.requests(), ticket.requests(), nowNanos);
      tokens.observe(limits.tokens(), ticket.tokens(), nowNanos);
      active = true;
    }
  }
}
