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
 */
public record CallTimes(Duration connect, int timeouts, Duration timeout) {
  /** Nothing beyond the latency: no set-up, no timeout. */
  public static final CallTimes NONE = new CallTimes(null, 0, null);

  public CallTimes {
    if (timeouts < 0) {
      throw new IllegalArgumentException("timeouts must not be negative: " + timeouts);
    }
  }
}
