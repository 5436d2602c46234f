package ai.trainloop.cli;

import static ai.trainloop.cli.StubbedProject.entry;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real trainloop process killed with SIGKILL in the middle of a repeated run (no shutdown hook,
 * no report, maybe a torn last line) is finished by {@code --resume latest}: it sends only the
 * calls that have no result line and reports what an uninterrupted run reports.
 */
class SigkillResumeEndToEndTest {
  private static final int SAMPLES = 12;
  private static final int REPEATS = 2;

  @TempDir Path killed;
  @TempDir Path uninterrupted;

  /** Every prompt answers "yes" in 150 ms. */
  private static StubProvider.Script script() {
    return call -> new StubProvider.Text("yes", 20, 3, 150);
  }

  private static StubbedProject project(Path dir) throws Exception {
    StubbedProject p = new StubbedProject(dir, script());
    p.config(
        SAMPLES,
        List.of(entry("openai", "gpt-4o-mini", "")),
        "max_concurrent_requests: 2\nrepeats: " + REPEATS + "\n");
    return p;
  }

  @Test
  void should_finish_a_sigkilled_run_with_resume_sending_only_the_missing_calls() throws Exception {
    JsonNode expected;
    try (StubbedProject whole = project(uninterrupted)) {
      assertThat(whole.cli.run("benchmark", "--quiet")).as(whole.cli.err).isZero();
      expected = figures(StubbedProject.model(whole.report(), "openai/gpt-4o-mini"));
    }
    try (StubbedProject p = project(killed)) {
      JvmProcess trainloop =
          JvmProcess.start(
              killed, Map.of("OPENAI_API_KEY", StubbedProject.OPENAI_KEY), "benchmark", "--quiet");
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (p.stub.exchanges().size() < 6
          && trainloop.process.isAlive()
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(trainloop.process.isAlive()).as("still running after 6 calls").isTrue();

      trainloop.process.destroyForcibly().waitFor(); // SIGKILL: no hook runs, nothing is flushed

      Path run = p.cli.onlyRun();
      assertThat(run.resolve("report.json")).doesNotExist();
      int kept = completeLines(run.resolve("results.jsonl"));
      assertThat(kept).isLessThan(SAMPLES * REPEATS);
      int sentBefore = p.stub.requests.get();

      int code = p.cli.run("benchmark", "--quiet", "--resume", "latest");

      assertThat(code).as(p.cli.err).isZero();
      assertThat(p.stub.requests.get() - sentBefore).isEqualTo(SAMPLES * REPEATS - kept);
      List<JsonNode> rows = p.resultsJsonl();
      Set<String> pairs = new HashSet<>();
      rows.forEach(r -> pairs.add(r.path("sample_id").asText() + "#" + r.path("repeat").asInt()));
      assertThat(rows).hasSize(SAMPLES * REPEATS);
      assertThat(pairs).hasSize(SAMPLES * REPEATS);
      JsonNode report = p.report();
      assertThat(report.path("complete").asBoolean()).isTrue();
      assertThat(report.path("repeats").asInt()).isEqualTo(REPEATS);
      assertThat(figures(StubbedProject.model(report, "openai/gpt-4o-mini"))).isEqualTo(expected);
    }
  }

  /** The lines of a journal that end with a newline (a torn last line is not a result). */
  private static int completeLines(Path file) throws Exception {
    String text = Files.readString(file);
    return (int) text.chars().filter(c -> c == '\n').count();
  }

  /** A model's figures that do not depend on timing. */
  private static JsonNode figures(JsonNode model) {
    ObjectNode f = StubbedProject.JSON.createObjectNode();
    for (String key :
        List.of("samples", "errors", "score", "metrics", "cost", "tokens", "consistency")) {
      f.set(key, model.path(key));
    }
    return f;
  }
}
