package ai.trainloop.provider;

import java.time.Duration;

/**
 * The rate-limit state a vendor's reply headers told: for requests and for tokens, how many are
 * left and how long until the limit is full again. A field the headers did not give (or gave in a
 * shape that cannot be trusted) is null.
 *
 * @param requests the requests limit
 * @param tokens the tokens limit
 */
public record RateLimits(Limit requests, Limit tokens) {

  /** Nothing known. */
  public static final RateLimits NONE = new RateLimits(Limit.NONE, Limit.NONE);

  public RateLimits {
    requests = requests == null ? Limit.NONE : requests;
    tokens = tokens == null ? Limit.NONE : tokens;
  }

  /** Whether any header was read. */
  public boolean known() {
    return requests.known() || tokens.known();
  }

  /**
   * One limit.
   *
   * @param limit the most the limit allows ({@code x-ratelimit-limit-requests}); null when not sent
   * @param remaining how many are left ({@code x-ratelimit-remaining-requests}); null when not sent
   * @param reset how long until the limit is full again, from when the reply was read; null when
   *     not sent
   */
  public record Limit(Long limit, Long remaining, Duration reset) {
    public static final Limit NONE = new Limit(null, null, null);

    public Limit {
      if (limit != null && limit < 1) {
        throw new IllegalArgumentException("limit must be positive: " + limit);
      }
      if (remaining != null && remaining < 0) {
        throw new IllegalArgumentException("remaining must not be negative: " + remaining);
      }
      if (reset != null && reset.isNegative()) {
        throw new IllegalArgumentException("reset must not be negative: " + reset);
      }
    }

    /** Whether the headers said how many are left (the pacing needs at least that). */
    public boolean known() {
      return remaining != null;
    }
  }
}
