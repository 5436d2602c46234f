package ai.trainloop.provider;

import java.time.Duration;

/**
 * How long one HTTP attempt took, phase by phase, as OkHttp's events saw it. The clock starts when
 * the request's first byte is written, so local queueing and connection set-up stay out of {@code
 * total}; set-up is kept apart.
 *
 * @param setup DNS, connect and TLS of a connection opened for this attempt; null when it reused a
 *     pooled connection
 * @param toHeaders from the request's first byte written to the reply's headers read
 * @param total from the request's first byte written to the reply's last byte read: the attempt's
 *     latency
 * @param firstToken from the request's first byte written to the first token (non-empty text or
 *     tool-call delta) of a streamed reply read: its time to first token; null when the reply was
 *     not streamed or carried no token
 */
public record CallTiming(Duration setup, Duration toHeaders, Duration total, Duration firstToken) {

  public CallTiming {
    if (total == null || total.isNegative()) {
      throw new IllegalArgumentException("total must be a non-negative duration: " + total);
    }
  }
}
