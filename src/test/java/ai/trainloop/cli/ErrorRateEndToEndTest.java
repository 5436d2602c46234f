package ai.trainloop.cli;

import static ai.trainloop.cli.StubbedProject.entry;
import static ai.trainloop.cli.StubbedProject.index;
import static ai.trainloop.cli.StubbedProject.model;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubFaults;
import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Some prompts fail with a 400: each model's Avg covers only the prompts it answered, its error count stands beside
 * it, and a model whose error rate passes 5% is flagged, since its average covers other prompts than its neighbours'.
 */
class ErrorRateEndToEndTest {
  private static final int SAMPLES = 20;

  @TempDir Path dir;

  /** Both say "yes" (score 1) to even prompts, "no" (0.5) to odd ones; gpt-4o fails q0 and q2, claude q0. */
  private static StubProvider.Reply answer(StubProvider.Call call) {
    int i = index(call);
    boolean fails = call.format().equals("openai") ? i == 0 || i == 2 : i == 0;
    if (fails) {
      return StubFaults.badRequest(call.format(), "prompt is too long: 250000 tokens > 200000 maximum");
    }
    return new StubProvider.Text(i % 2 == 0 ? "yes" : "no", 10, 2);
  }

  @Test
  void should_average_over_answered_prompts_count_errors_and_flag_an_error_rate_above_5_percent()
      throws Exception {
    try (StubbedProject project = new StubbedProject(dir, ErrorRateEndToEndTest::answer)) {
      project.config(SAMPLES, List.of(entry("openai", "gpt-4o", ""), entry("anthropic", "claude-3-5-haiku", "")),
          "max_concurrent_requests: 4\n");

      int code = project.cli.run("benchmark", "--quiet");

      assertThat(code).as("a failed sample does not fail the run: " + project.cli.err).isZero();
      JsonNode report = project.report();
      assertThat(report.path("results")).hasSize(2 * SAMPLES);
      JsonNode gpt = model(report, "openai/gpt-4o");
      assertThat(gpt.path("samples").asInt()).isEqualTo(18);
      assertThat(gpt.path("errors").asInt()).isEqualTo(2);
      // 8 even prompts answered score 1, 10 odd ones 0.5: 13/18 (not 13/20, which counting failures as 0 would give)
      assertThat(gpt.path("score").path("mean").asDouble()).isEqualTo(13.0 / 18);
      JsonNode claude = model(report, "anthropic/claude-3-5-haiku");
      assertThat(claude.path("samples").asInt()).isEqualTo(19);
      assertThat(claude.path("errors").asInt()).isEqualTo(1);
      assertThat(claude.path("score").path("mean").asDouble()).isEqualTo(14.0 / 19);
      assertThat(project.resultsJsonl()).filteredOn(r -> !r.path("error").isNull()).hasSize(3)
          .allSatisfy(r -> assertThat(r.path("error").asText()).contains("prompt is too long"));

      // Model, Avg (with its interval, left out here), Min, Max, Samples, Errors
      assertThat(row(project.cli.out, "openai/gpt-4o")).extracting(cell -> cell.replaceAll(" ±.*", ""))
          .containsExactly("openai/gpt-4o", "0.72", "0.50", "1.00", "18", "2 *");
      assertThat(row(project.cli.out, "anthropic/claude-3-5-haiku")).extracting(cell -> cell.replaceAll(" ±.*", ""))
          .containsExactly("anthropic/claude-3-5-haiku", "0.74", "0.50", "1.00", "19", "1");
      assertThat(project.cli.out).contains("* openai/gpt-4o: 2 of 20 calls failed (10%), so its Avg, Min and Max "
          + "cover only the 18 prompts it answered.").doesNotContain("* anthropic/claude-3-5-haiku:");
    }
  }

  /** The cells of the Model Performance row of {@code id}. */
  private static List<String> row(String out, String id) {
    String table = out.substring(out.indexOf("Model Performance:"), out.indexOf("Cost Analysis:"));
    String line = table.lines().filter(l -> l.contains(" " + id + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + id + " in\n" + table));
    return Arrays.stream(line.split("│")).map(String::strip).filter(c -> !c.isEmpty()).toList();
  }
}
