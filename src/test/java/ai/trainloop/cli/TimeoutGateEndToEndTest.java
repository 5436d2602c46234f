package ai.trainloop.cli;

import static ai.trainloop.cli.StubbedProject.entry;
import static ai.trainloop.cli.StubbedProject.model;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import ai.trainloop.provider.stub.StubProvider.Call;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model that often passes {@code max_response_time} misses the gate even when retries rescue
 * every sample: its timed-out attempts are in its latency at the limit and counted as timeouts.
 */
class TimeoutGateEndToEndTest {
  private static final int SAMPLES = 8;

  @TempDir Path dir;

  /**
   * The slow model's first attempt at half the prompts outlasts the 0.4 s limit (the server holds
   * its headers for 2 s); every retry, and the fast model, answer at once.
   */
  private static StubProvider.Reply script(Call call) {
    boolean slow = call.model().equals("gpt-4o-mini");
    if (slow && call.attempt() == 1 && StubbedProject.index(call) % 2 == 0) {
      return new StubProvider.Hang(2_000);
    }
    return new StubProvider.Text("yes", 10, 1);
  }

  @Test
  void should_fail_the_response_time_gate_of_a_model_whose_attempts_often_time_out()
      throws Exception {
    try (StubbedProject project = new StubbedProject(dir, TimeoutGateEndToEndTest::script)) {
      int code =
          project
              .config(
                  SAMPLES,
                  List.of(entry("openai", "gpt-4o-mini", ""), entry("openai", "gpt-4o", "")),
                  """
                  max_concurrent_requests: 8
                  max_response_time: 0.4
                  track_response_times: true
                  retry: {max_attempts: 3, max_wait: 1}
                  """)
              .cli
              .run("benchmark", "--quiet");

      JsonNode report = project.report();
      JsonNode slow = model(report, "openai/gpt-4o-mini");
      JsonNode fast = model(report, "openai/gpt-4o");
      // every sample was answered in the end
      assertThat(slow.path("samples").asLong()).as(project.cli.err).isEqualTo(SAMPLES);
      assertThat(slow.path("errors").asLong()).isZero();
      // but 4 of its 12 attempts timed out, and they count at the limit
      assertThat(slow.path("timeouts").asLong()).isEqualTo(4);
      assertThat(slow.path("latency_ms").path("p95").asLong()).isEqualTo(400);
      assertThat(slow.path("latency_ms").path("max").asLong()).isEqualTo(400);
      assertThat(slow.path("gates").path("max_response_time").asBoolean()).isFalse();
      assertThat(fast.path("timeouts").asLong()).isZero();
      assertThat(fast.path("gates").path("max_response_time").asBoolean()).isTrue();
      assertThat(project.cli.out).contains("Response Times:", "Timeouts");
      assertThat(code).as("a gate failed").isNotEqualTo(2);
      // each row says how many of its attempts timed out
      long rowsWithTimeouts =
          project.resultsJsonl().stream().filter(r -> r.path("timeouts").asInt() == 1).count();
      assertThat(rowsWithTimeouts).isEqualTo(4);
    }
  }
}
