package ai.trainloop.provider.stub;

import java.util.Map;

/**
 * A synthetic load for {@link StubProvider}, used by the benchmark harness ({@link StubServer}):
 * every call is answered with a short greeting after {@code latencyMillis} ± {@code jitterMillis},
 * except a {@code faultRate} share of attempts, answered at once with a 429 and {@code Retry-After:
 * retryAfterSeconds}. Which attempts fail and each jitter depend only on the seed, wire format,
 * model, prompt and attempt number, never on timing or order, so a run is repeatable.
 *
 * @param latencyMillis how long each answer takes
 * @param jitterMillis each answer takes up to this much more or less (uniform), never less than 0
 * @param faultRate the share of attempts answered {@code 429}, from 0 to 1
 * @param retryAfterSeconds the {@code Retry-After} of those 429s
 * @param seed varies which attempts fail and the jitters
 */
public record StubLoad(
    long latencyMillis, long jitterMillis, double faultRate, long retryAfterSeconds, long seed)
    implements StubProvider.Script {

  public StubLoad {
    if (latencyMillis < 0 || jitterMillis < 0 || retryAfterSeconds < 0) {
      throw new IllegalArgumentException("latency, jitter and retry-after must not be negative");
    }
    if (!(faultRate >= 0 && faultRate <= 1)) {
      throw new IllegalArgumentException("fault rate must be from 0 to 1, got " + faultRate);
    }
  }

  /** Answers at once, never fails. */
  public static StubLoad instant() {
    return new StubLoad(0, 0, 0, 0, 0);
  }

  @Override
  public StubProvider.Reply answer(StubProvider.Call call) {
    long h =
        mix(
            seed
                ^ mix(call.format().hashCode())
                ^ mix(call.model().hashCode() * 31L)
                ^ mix(call.prompt().hashCode() * 961L + call.attempt()));
    if (faultRate > 0 && (h >>> 11) * 0x1.0p-53 < faultRate) {
      return rateLimited(call.format(), retryAfterSeconds);
    }
    long jitter =
        jitterMillis == 0 ? 0 : Math.floorMod(mix(h), 2 * jitterMillis + 1) - jitterMillis;
    String text = "Hello! Here is a short answer to: " + call.prompt();
    return new StubProvider.Text(
        text,
        8 + call.prompt().length() / 4,
        text.length() / 4,
        Math.max(0, latencyMillis + jitter));
  }

  /**
   * A 429 as {@code format} ("openai", "anthropic" or "gemini") writes it, with a {@code
   * Retry-After} header.
   */
  public static StubProvider.Fault rateLimited(String format, long retryAfterSeconds) {
    String body =
        switch (format) {
          case "anthropic" ->
              "{\"type\": \"error\", \"error\": {\"type\": \"rate_limit_error\", "
                  + "\"message\": \"stub: rate limited\"}}";
          case "gemini" ->
              "{\"error\": {\"code\": 429, \"message\": \"stub: rate limited\", "
                  + "\"status\": \"RESOURCE_EXHAUSTED\"}}";
          default ->
              "{\"error\": {\"message\": \"stub: rate limited\", \"type\": \"requests\", "
                  + "\"code\": \"rate_limit_exceeded\"}}";
        };
    return new StubProvider.Fault(
        429, Map.of("Retry-After", Long.toString(retryAfterSeconds)), body);
  }

  /** SplitMix64's finalizer: spreads the bits of {@code z}. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
