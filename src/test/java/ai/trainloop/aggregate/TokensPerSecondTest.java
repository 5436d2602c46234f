package ai.trainloop.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.Usage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Output tokens per second of a streamed call: after its first token, from reported usage only. */
class TokensPerSecondTest {

  @Test
  void should_divide_the_reported_output_tokens_by_the_time_after_the_first_token() {
    // when 50 tokens, first at 200 ms, last at 1.2 s
    Double tps =
        ResultCollector.tokensPerSecond(
            Duration.ofMillis(1_200), Duration.ofMillis(200), Usage.of(10, 50));

    // then
    assertThat(tps).isEqualTo(50.0);
  }

  @Test
  void should_say_nothing_without_usage_without_a_first_token_or_without_time_after_it() {
    assertThat(
            ResultCollector.tokensPerSecond(
                Duration.ofMillis(900), Duration.ofMillis(100), Usage.UNKNOWN))
        .as("usage not reported: never estimated")
        .isNull();
    assertThat(ResultCollector.tokensPerSecond(Duration.ofMillis(900), null, Usage.of(1, 5)))
        .as("not streamed")
        .isNull();
    assertThat(
            ResultCollector.tokensPerSecond(
                Duration.ofMillis(300), Duration.ofMillis(300), Usage.of(1, 5)))
        .as("the whole reply in one read")
        .isNull();
  }
}
