package ai.trainloop.run;

import static ai.trainloop.run.Recorder.SCORING;
import static ai.trainloop.run.Recorder.samples;
import static ai.trainloop.run.Recorder.target;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.RetryConfig;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.Usage;
import ai.trainloop.run.CallResult.ErrorKind;
import ai.trainloop.run.Recorder.Waiting;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the runner tells the progress line while retries hold calls back, and how a call that always
 * times out ends.
 */
class RunnerWaitingTest {
  private final FakeTicker ticker = new FakeTicker();
  private final Recorder recorder = new Recorder();

  @Test
  void should_say_which_model_waits_how_long_and_why_before_each_retry() throws Exception {
    ScriptedProvider p =
        new ScriptedProvider(
            "anthropic",
            0,
            (prompt, attempt) -> {
              if (attempt > 1) {
                return new ChatResponse("ok", Usage.of(1, 1), "stop");
              }
              throw switch (prompt) {
                case "p0" ->
                    new ProviderException(
                        Kind.RETRYABLE, 429, "rate limited", Duration.ofMillis(1500), null);
                case "p1" ->
                    new ProviderException(
                        Kind.RETRYABLE, 529, "anthropic 529 overloaded_error: Overloaded");
                case "p2" ->
                    new ProviderException(
                        Kind.RETRYABLE,
                        0,
                        "anthropic timed out after 3 s",
                        null,
                        new InterruptedIOException("timeout"));
                default ->
                    new ProviderException(
                        Kind.RETRYABLE,
                        0,
                        "anthropic connection failed: reset",
                        null,
                        new IOException("Connection reset"));
              };
            });
    new Runner(
            new RunOptions(1, Duration.ZERO, RetryConfig.DEFAULT, null, 1), ticker, recorder, null)
        .run(
            samples(4),
            List.of(target(ProviderEntry.of("anthropic", "claude"), p)),
            SCORING,
            new RunControl(),
            Duration.ofSeconds(1));

    assertThat(recorder.waits)
        .extracting(Waiting::reason)
        .containsExactlyInAnyOrder("rate limited", "HTTP 529", "timed out", "connection failed");
    assertThat(recorder.waits).extracting(Waiting::modelId).containsOnly("anthropic/claude");
    assertThat(recorder.waits)
        .filteredOn(w -> w.reason().equals("rate limited"))
        .singleElement()
        .extracting(Waiting::delay)
        .isEqualTo(Duration.ofMillis(1500));
    assertThat(recorder.results)
        .hasSize(4)
        .allMatch(CallResult::ok)
        .allMatch(r -> r.attempts() == 2);
  }

  @Test
  void should_count_a_call_that_timed_out_on_every_attempt_as_a_timeout() throws Exception {
    ScriptedProvider p =
        new ScriptedProvider(
            "openai",
            0,
            (prompt, attempt) -> {
              throw new ProviderException(
                  Kind.RETRYABLE,
                  0,
                  "openai timed out after 1 s",
                  null,
                  new InterruptedIOException("timeout"));
            });
    new Runner(
            new RunOptions(1, Duration.ZERO, new RetryConfig(3, Duration.ofSeconds(2)), null, 1),
            ticker,
            recorder,
            null)
        .run(
            samples(1),
            List.of(target(ProviderEntry.of("openai", "m"), p)),
            SCORING,
            new RunControl(),
            Duration.ofSeconds(1));

    assertThat(p.calls.get()).isEqualTo(3);
    assertThat(recorder.results)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.errorKind()).isEqualTo(ErrorKind.TIMEOUT);
              assertThat(r.error())
                  .isEqualTo("gave up after 3 attempts: openai timed out after 1 s");
              assertThat(r.latency()).isNull();
            });
  }
}
