package ai.trainloop.run;

import ai.trainloop.provider.RateLimits;

/**
 * The caller's copy of one server-side limit (requests or tokens), as a token bucket: it refills at
 * the rate the headers imply and holds one second's worth, as vendors enforce a per-minute limit
 * per second too (OpenAI documents 3,000 a minute enforced as 50 a second); a reply's {@code
 * remaining}, less what was sent after its call, caps it. Without a rate (no {@code limit} header),
 * {@code remaining} is spread over the time to the reset, and none left blocks until the reset. Not
 * thread-safe: {@link HeaderPacer} locks around it.
 */
final class RateBucket {
  /** Vendors' request and token limits are per minute. */
  private static final double WINDOW_NANOS = 60e9;

  /** The burst a limit is taken to allow: one second of its rate. */
  private static final double BURST_NANOS = 1e9;

  /**
   * Kept in hand, as a share of the burst, so that calls that reach the server bunched or a little
   * out of step with the caller's clock are not refused (a fifth of a second's worth; 5% still let
   * 5% of W6's requests be answered 429 on a loaded machine). The rate, and so the run's length, is
   * the same.
   */
  private static final double RESERVE = 0.2;

  private double ratePerNano;
  private double capacity;
  private double level;
  private long refilledAt;
  private long blockedUntil = Long.MIN_VALUE;
  private double sent;
  private long firstSent = Long.MIN_VALUE;

  /** Nanoseconds until {@code units} may be sent; 0 or less when they may go now. */
  long waitNanos(double units, long now) {
    if (blockedUntil > now) {
      return blockedUntil - now;
    }
    if (ratePerNano <= 0) {
      return 0;
    }
    refill(now);
    double need = Math.min(capacity, units + RESERVE * capacity);
    return level >= need ? 0 : (long) Math.ceil((need - level) / ratePerNano);
  }

  /** Counts {@code units} as sent now; returns what had been sent in all, these included. */
  double take(double units, long now) {
    if (firstSent == Long.MIN_VALUE) {
      firstSent = now;
    }
    if (ratePerNano > 0) {
      refill(now);
      level -= units;
    }
    sent += units;
    return sent;
  }

  /**
   * A reply's view of this limit, for a call sent when {@code sentAtStart} units had gone (its own
   * included); read at {@code now}.
   */
  void observe(RateLimits.Limit limit, double sentAtStart, long now) {
    if (limit == null || !limit.known()) {
      return;
    }
    // what the server had left after that call, less what went out after it
    double left = limit.remaining() - Math.max(0, sent - sentAtStart);
    long resetNanos = limit.reset() == null ? 0 : limit.reset().toNanos();
    double rate = 0;
    if (limit.limit() != null) {
      rate = limit.limit() / WINDOW_NANOS;
      if (resetNanos > 0 && limit.limit() > limit.remaining()) {
        rate = Math.max(rate, (limit.limit() - limit.remaining()) / (double) resetNanos);
      }
    } else if (resetNanos > 0 && limit.remaining() > 0) {
      rate = limit.remaining() / (double) resetNanos;
    }
    if (rate > 0) {
      double burst = Math.max(1, rate * BURST_NANOS);
      if (limit.limit() != null) {
        burst = Math.min(burst, limit.limit());
      }
      if (ratePerNano <= 0) {
        // first sight of the limit: what was sent before counts against the burst
        long since = firstSent == Long.MIN_VALUE ? 0 : Math.max(0, now - firstSent);
        level = Math.min(burst, burst - sent + rate * since);
      } else {
        refill(now);
      }
      ratePerNano = rate;
      capacity = burst;
      refilledAt = now;
      level = Math.min(Math.min(level, capacity), left);
    } else if (left <= 0 && resetNanos > 0) {
      blockedUntil = Math.max(blockedUntil, now + resetNanos);
    }
  }

  /**
   * The server refused a call for this limit (a 429): its bucket is empty now, whatever this copy
   * thought. Vendors enforce a per-minute limit over a burst their headers do not show, so only a
   * 429 tells that this copy ran ahead; starts wait until the rate has refilled the reserve.
   */
  void drain(long now) {
    if (ratePerNano > 0) {
      refill(now);
      level = Math.min(level, 0);
    }
  }

  private void refill(long now) {
    if (now > refilledAt) {
      level = Math.min(capacity, level + ratePerNano * (now - refilledAt));
      refilledAt = now;
    }
  }
}
