package ai.trainloop.run;

import java.time.Duration;

/**
 * What was timed of a pair besides its latency.
 *
 * @param connect the successful attempt's connection set-up (DNS, connect, TLS), kept out of its
 *     latency; null when it reused an open connection, or when the provider does not say
 * @param timeouts attempts that timed out, whether or not a later one succeeded
 * @param timeout the limit (whole-call, read or connect timeout) the last of them passed; null when
 *     none did
 * @param firstToken the successful attempt's time to first token (from its request's first byte
 *     written to its reply's first non-empty text or tool-call delta read); null when not streamed
 *     or when the reply carried no token
 * @param streamed whether the call asked for its reply as a stream
 * @param cached whether the reply came from the response cache (nothing was sent)
 * @param batched whether the reply came from a batch ({@code --batch}): no latency of its own
 */
public record CallTimes(
    Duration connect,
    int timeouts,
    Duration timeout,
    Duration firstToken,
    boolean streamed,
    boolean cached,
    boolean batched) {
  /** Nothing beyond the latency: no set-up, no timeout, not streamed. */
  public static final CallTimes NONE = new CallTimes(null, 0, null);

  /** Times of a call not streamed. */
  public CallTimes(Duration connect, int timeouts, Duration timeout) {
    this(connect, timeouts, timeout, null, false);
  }

  /** Times of a call whose reply was not cached. */
  public CallTimes(
      Duration connect, int timeouts, Duration timeout, Duration firstToken, boolean streamed) {
    this(connect, timeouts, timeout, firstToken, streamed, false);
  }

  /** Times of a call not batched. */
  public CallTimes(
      Duration connect,
      int timeouts,
      Duration timeout,
      Duration firstToken,
      boolean streamed,
      boolean cached) {
    this(connect, timeouts, timeout, firstToken, streamed, cached, false);
  }

  public CallTimes {
    if (timeouts < 0) {
      throw new IllegalArgumentException("timeouts must not be negative: " + timeouts);
    }
  }
}
