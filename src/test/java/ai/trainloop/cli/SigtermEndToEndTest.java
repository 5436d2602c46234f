package ai.trainloop.cli;

import static ai.trainloop.cli.StubbedProject.entry;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (what timeout, CI cancellation and systemd send) to a real trainloop process in the
 * middle of a run: it stops like the first Ctrl-C — the calls in flight finish, the partial report
 * is written, the tables printed — and exits 143.
 */
class SigtermEndToEndTest {
  private static final int SAMPLES = 40;

  @TempDir Path dir;

  @Test
  void should_write_the_partial_report_print_the_tables_and_exit_143_on_sigterm() throws Exception {
    StubProvider.Script slow = call -> new StubProvider.Text("yes", 10, 2, 300);
    try (StubbedProject project = new StubbedProject(dir, slow)) {
      project.config(
          SAMPLES, List.of(entry("openai", "gpt-4o-mini", "")), "max_concurrent_requests: 2\n");
      JvmProcess trainloop =
          JvmProcess.start(
              dir, Map.of("OPENAI_API_KEY", StubbedProject.OPENAI_KEY), "benchmark", "--quiet");
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (project.stub.exchanges().size() < 4
          && trainloop.process.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(trainloop.process.isAlive()).as("still running after 4 calls").isTrue();

      trainloop.process.destroy(); // SIGTERM on Linux

      int code = trainloop.waitFor(60);
      String err = trainloop.err();
      assertThat(code).as(err).isEqualTo(143);
      JsonNode report = project.report();
      assertThat(report.path("complete").asBoolean()).isFalse();
      assertThat(report.path("exit_reason").asText()).isEqualTo("interrupted");
      assertThat(report.path("exit_code").asInt()).isEqualTo(143);
      List<JsonNode> rows = project.resultsJsonl();
      assertThat(rows.size()).isGreaterThanOrEqualTo(2).isLessThan(SAMPLES);
      assertThat(report.path("results")).hasSameSizeAs(rows);
      assertThat(rows)
          .as("the calls in flight finished within the grace period")
          .allMatch(r -> r.path("error").isNull());
      assertThat(trainloop.out()).contains("Model Performance:").contains("openai/gpt-4o-mini");
      assertThat(err)
          .contains("SIGTERM")
          .contains("interrupted")
          .doesNotContain(StubbedProject.OPENAI_KEY);
    }
  }
}
