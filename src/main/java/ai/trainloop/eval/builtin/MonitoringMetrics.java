package ai.trainloop.eval.builtin;

import ai.trainloop.eval.Metric;
import ai.trainloop.eval.NotMeasurableException;
import ai.trainloop.eval.Sample;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Built-in metrics that judge each call rather than its reply, for continuous monitoring: {@code
 * max_latency} ({@code seconds}, a number {@code > 0}) is 1 when the call replied within that many
 * seconds, else 0; {@code max_cost} ({@code usd}, a number {@code > 0}) is 1 when the call cost at
 * most that much, else 0. Both limits are inclusive.
 *
 * <p>A call whose figure is not measurable is neither a pass nor a fail: the metric fails on that
 * sample ("not measurable"), which leaves it out of the metric's score like any failed evaluation.
 * That is a reply read from the response cache for {@code max_latency} (its latency is not this
 * run's), and a model without a price or a reply without token usage for {@code max_cost}. A cached
 * reply's cost is what it cost when it was made, so {@code max_cost} still judges it. Immutable and
 * thread-safe.
 */
final class MonitoringMetrics {
  private MonitoringMetrics() {}

  static Metric maxLatency(Params p) {
    BigDecimal seconds = p.positive("seconds", "the slowest reply that passes, e.g. seconds: 3.0");
    return new MaxLatency(toDuration(seconds));
  }

  static Metric maxCost(Params p) {
    return new MaxCost(p.positive("usd", "the dearest call that passes, e.g. usd: 0.001"));
  }

  /** {@code seconds} to the nanosecond, capped at a century (a limit nothing reaches). */
  private static Duration toDuration(BigDecimal seconds) {
    BigDecimal century = BigDecimal.valueOf(100L * 365 * 24 * 3600);
    BigDecimal s = seconds.min(century);
    long whole = s.longValue();
    long nanos = s.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
    Duration d = Duration.ofSeconds(whole, nanos);
    return d.isZero() ? Duration.ofNanos(1) : d;
  }

  private record MaxLatency(Duration limit) implements Metric {
    @Override
    public double score(Sample sample) {
      Duration took =
          sample
              .latency()
              .orElseThrow(
                  () ->
                      new NotMeasurableException(
                          "this reply's latency is not this run's (read from the response cache)"));
      return took.compareTo(limit) <= 0 ? 1.0 : 0.0;
    }
  }

  private record MaxCost(BigDecimal limit) implements Metric {
    @Override
    public double score(Sample sample) {
      BigDecimal cost =
          sample
              .costUsd()
              .orElseThrow(
                  () ->
                      new NotMeasurableException(
                          "this call's cost is unknown (no price for the model, or no token"
                              + " usage in the reply)"));
      return cost.compareTo(limit) <= 0 ? 1.0 : 0.0;
    }
  }
}
