package ai.trainloop.cli;

import static ai.trainloop.cli.StubbedProject.entry;
import static ai.trainloop.cli.StubbedProject.index;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubFaults;
import ai.trainloop.provider.stub.StubProvider;
import ai.trainloop.provider.stub.StubProvider.Exchange;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of a run, while calls are in flight and others wait out a Retry-After:
 * nothing more is sent (no retry either), the calls in flight finish and are kept, and the report
 * says it is partial.
 */
class InterruptEndToEndTest {
  private static final int SAMPLES = 40;

  @TempDir Path dir;

  /** Keeps the handler the run installs, so the test can press Ctrl-C when it wants. */
  private static final class CtrlC implements Interrupts {
    private volatile Consumer<StopSignal> handler;

    @Override
    public AutoCloseable onInterrupt(Consumer<StopSignal> onFirst) {
      handler = onFirst;
      return () -> handler = null;
    }

    void press() {
      send(StopSignal.INT);
    }

    void send(StopSignal signal) {
      handler.accept(signal);
    }
  }

  @Test
  void should_stop_sending_keep_every_finished_call_and_write_a_partial_report_on_ctrl_c()
      throws Exception {
    CtrlC ctrlC = new CtrlC();
    AtomicInteger throttled = new AtomicInteger();
    AtomicLong throttledAt = new AtomicLong();
    AtomicLong pressedAt = new AtomicLong(Long.MAX_VALUE);
    // q6 is throttled for 2 s on its first attempt; Ctrl-C comes with the first request 300 ms
    // after both models'
    // q6 were throttled, so then both wait to be retried while other calls are in flight
    StubProvider.Script script =
        call -> {
          if (index(call) == 6 && call.attempt() == 1) {
            if (throttled.incrementAndGet() == 2) {
              throttledAt.set(System.nanoTime());
            }
            return StubFaults.rateLimited(call.format(), 2);
          }
          if (throttled.get() == 2
              && System.nanoTime() - throttledAt.get() > 300_000_000L
              && pressedAt.get() == Long.MAX_VALUE) {
            pressedAt.set(System.nanoTime());
            ctrlC.press();
          }
          return new StubProvider.Text(index(call) % 2 == 0 ? "yes" : "no", 10, 2, 30);
        };
    try (StubbedProject project = new StubbedProject(dir, script)) {
      project.cli.interrupts = ctrlC;
      project.config(
          SAMPLES,
          List.of(entry("openai", "gpt-4o-mini", ""), entry("anthropic", "claude-3-5-haiku", "")),
          "max_concurrent_requests: 4\n");

      int code = project.cli.run("benchmark", "--quiet");

      assertThat(code).as(project.cli.err).isEqualTo(130);
      assertThat(pressedAt.get()).isNotEqualTo(Long.MAX_VALUE);
      List<Exchange> afterCtrlC =
          project.stub.exchanges().stream()
              .filter(e -> e.arrivedNanos() > pressedAt.get())
              .toList();
      assertThat(afterCtrlC)
          .as("no retry is sent after Ctrl-C")
          .noneMatch(e -> e.call().attempt() > 1);
      assertThat(afterCtrlC)
          .as("at most the calls that had just passed the check")
          .hasSizeLessThanOrEqualTo(4);

      JsonNode report = project.report();
      assertThat(report.path("complete").asBoolean()).isFalse();
      assertThat(report.path("incomplete_reason").asText()).isEqualTo("interrupted");
      assertThat(report.path("exit_reason").asText()).isEqualTo("interrupted");
      List<JsonNode> rows = project.resultsJsonl();
      assertThat(report.path("results")).hasSameSizeAs(rows);
      assertThat(rows.size()).isGreaterThan(0).isLessThan(2 * SAMPLES);
      Map<String, String> prompts = project.prompts();
      Set<String> kept =
          rows.stream()
              .filter(r -> r.path("error").isNull())
              .map(
                  r ->
                      r.path("model_id").asText().replaceAll("/.*", "")
                          + "|"
                          + prompts.get(r.path("sample_id").asText()))
              .collect(Collectors.toSet());
      Set<String> answered =
          project.stub.exchanges().stream()
              .filter(e -> e.reply() instanceof StubProvider.Text)
              .map(
                  e ->
                      (e.call().format().equals("openai") ? "openai" : "anthropic")
                          + "|"
                          + e.call().prompt())
              .collect(Collectors.toSet());
      assertThat(kept)
          .as("every answered call is in results.jsonl, and only those")
          .isEqualTo(answered);
      assertThat(rows)
          .as("a call waiting to be retried did not finish")
          .noneMatch(r -> !r.path("error").isNull());

      assertThat(project.cli.out).contains("Model Performance:").contains("openai/gpt-4o-mini");
      assertThat(project.cli.err).contains("interrupted");
    }
  }

  @Test
  void should_cancel_calls_still_in_flight_after_stop_grace_and_record_them_as_errors()
      throws Exception {
    CtrlC ctrlC = new CtrlC();
    java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
    StubProvider.Script hangs =
        call -> {
          ctrlC.press();
          try {
            never.await(
                30,
                java.util.concurrent.TimeUnit
                    .SECONDS); // the server never answers while the run waits
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new StubProvider.Text("yes", 1, 1, 1);
        };
    try (StubbedProject project = new StubbedProject(dir, hangs)) {
      project.cli.interrupts = ctrlC;
      project.config(
          1, List.of(entry("openai", "gpt-4o-mini", "")), "stop_grace: 0.5\nmax_cost: 1\n");

      long start = System.nanoTime();
      int code = project.cli.run("benchmark", "--quiet");
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      never.countDown();

      assertThat(code).as(project.cli.err).isEqualTo(130);
      assertThat(tookMs)
          .as("the run did not wait for the call beyond its grace")
          .isLessThan(20_000);
      assertThat(project.cli.err)
          .contains("waiting up to 0.5 s")
          .doesNotContain(StubbedProject.OPENAI_KEY);
      List<JsonNode> rows = project.resultsJsonl();
      assertThat(rows)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.path("error").asText()).isEqualTo("not finished: interrupted");
                assertThat(r.path("attempts").asInt()).isEqualTo(1);
              });
      JsonNode report = project.report();
      assertThat(report.path("complete").asBoolean()).isFalse();
      assertThat(report.path("exit_reason").asText()).isEqualTo("interrupted");
    }
  }
}
