package ai.trainloop.run;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.RateLimits;
import ai.trainloop.provider.RateLimits.Limit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pacing by what the replies' rate-limit headers tell, on a clock that moves only by sleeping. */
class HeaderPacerTest {
  private final FakeTicker ticker = new FakeTicker();
  private final HeaderPacer pacer = new HeaderPacer(ticker);

  private static RateLimits requests(Long limit, long remaining, Duration reset) {
    return new RateLimits(new Limit(limit, remaining, reset), Limit.NONE);
  }

  private Duration slept() {
    return ticker.sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Test
  void should_let_every_call_go_at_once_before_a_reply_tells_a_limit() throws Exception {
    for (int i = 0; i < 100; i++) {
      pacer.await(500);
    }

    assertThat(pacer.active()).isFalse();
    assertThat(ticker.sleeps).isEmpty();
  }

  @Test
  void should_hold_the_next_call_until_the_reset_when_none_are_left() throws Exception {
    // given a reply saying none are left until the reset in 2 s, with no limit told
    HeaderPacer.Ticket first = pacer.await(10);
    pacer.observe(requests(null, 0, Duration.ofSeconds(2)), first, ticker.nanos());
    // when the next call asks to go
    pacer.await(10);
    // then it waited for the reset
    assertThat(slept()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void should_pace_at_the_limits_rate_once_its_one_second_burst_is_spent() throws Exception {
    // given 60 a minute, 59 left: a burst of one second holds one call, refilled every second
    HeaderPacer.Ticket first = pacer.await(10);
    pacer.observe(requests(60L, 59, Duration.ofSeconds(1)), first, ticker.nanos());
    // when ten more calls go
    for (int i = 0; i < 10; i++) {
      pacer.await(10);
    }
    // then they are spaced one second apart: never faster than the limit's rate
    assertThat(slept()).isBetween(Duration.ofMillis(9_900), Duration.ofMillis(10_100));
  }

  @Test
  void should_count_calls_sent_after_the_observed_one_against_what_it_said_was_left()
      throws Exception {
    // given three calls out before the first reply says 2 were left after it, with 1 a second
    HeaderPacer.Ticket first = pacer.await(10);
    pacer.await(10);
    pacer.await(10);
    pacer.observe(requests(null, 2, Duration.ofSeconds(2)), first, ticker.nanos());
    // when the next call asks to go: the two sent after the first used what was left
    pacer.await(10);
    // then it waits for a new one (2 over 2 s: one a second, less the reserve)
    assertThat(slept()).isGreaterThanOrEqualTo(Duration.ofMillis(1_000));
  }

  @Test
  void should_pace_by_tokens_when_the_token_limit_is_the_tighter() throws Exception {
    // given 6,000 tokens a minute (100 a second) and calls of about 100 tokens
    HeaderPacer.Ticket first = pacer.await(100);
    pacer.observe(
        new RateLimits(
            new Limit(10_000L, 9_999L, Duration.ofMillis(6)),
            new Limit(6_000L, 5_900L, Duration.ofSeconds(1))),
        first,
        ticker.nanos());
    // when five more go
    for (int i = 0; i < 5; i++) {
      pacer.await(100);
    }
    // then the tokens, not the requests, spaced them about a second apart
    assertThat(slept()).isGreaterThan(Duration.ofSeconds(4));
  }

  @Test
  void should_wait_for_the_burst_to_refill_after_a_429_though_the_headers_showed_plenty()
      throws Exception {
    // given 3,000 a minute with 2,990 left: the caller's copy of the one-second burst holds 50
    HeaderPacer.Ticket first = pacer.await(10);
    pacer.observe(requests(3_000L, 2_990, Duration.ofSeconds(1)), first, ticker.nanos());
    pacer.await(10);
    assertThat(ticker.sleeps).as("the copy had room").isEmpty();
    // when the server answers 429: its burst, which the headers do not show, is spent
    pacer.throttled(ticker.nanos());
    pacer.await(10);
    // then the next start waits for one call and the reserve (a fifth of 50) at 50 a second
    assertThat(slept()).isBetween(Duration.ofMillis(200), Duration.ofMillis(260));
  }

  @Test
  void should_not_wait_after_a_429_before_any_reply_told_a_rate() throws Exception {
    pacer.await(10);
    pacer.throttled(ticker.nanos());
    pacer.await(10);

    assertThat(ticker.sleeps).isEmpty();
  }

  @Test
  void should_ignore_a_reply_that_tells_no_limit() throws Exception {
    HeaderPacer.Ticket first = pacer.await(10);
    pacer.observe(RateLimits.NONE, first, ticker.nanos());
    pacer.observe(null, first, ticker.nanos());

    pacer.await(10);

    assertThat(pacer.active()).isFalse();
    assertThat(ticker.sleeps).isEmpty();
  }

  @Test
  void should_not_wait_when_plenty_are_left() throws Exception {
    HeaderPacer.Ticket first = pacer.await(10);
    pacer.observe(requests(10_000L, 9_999L, Duration.ofMillis(6)), first, ticker.nanos());

    for (int i = 0; i < 50; i++) {
      pacer.await(10);
    }

    assertThat(slept()).isLessThan(Duration.ofMillis(50));
  }
}
