package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dry-run --format json} prints the plan as JSON on stdout, and sends nothing. */
class DryRunJsonEndToEndTest {
  @TempDir Path dir;
  private StubbedProject project;

  @BeforeEach
  void setUp() throws Exception {
    project = new StubbedProject(dir, call -> new StubProvider.Text("yes", 10, 1));
    project.config(
        6,
        List.of(
            StubbedProject.entry("openai", "gpt-4o-mini", ""),
            StubbedProject.entry("google", "gemini-2.0-flash", ""),
            "recorded"),
        "");
    project.cli.env.remove("GEMINI_API_KEY");
  }

  @AfterEach
  void tearDown() throws Exception {
    project.close();
  }

  @Test
  void should_print_the_plan_as_json_and_send_nothing() throws Exception {
    CliHarness cli = project.cli;
    assertThat(cli.run("benchmark", "--dry-run", "--format", "json")).as(cli.err).isZero();

    JsonNode plan = StubbedProject.JSON.readTree(cli.out);
    assertThat(plan.path("dry_run").asBoolean()).isTrue();
    assertThat(plan.path("samples").asInt()).isEqualTo(6);
    assertThat(plan.path("per_tag").path("qa").asInt()).isEqualTo(6);
    JsonNode models = plan.path("models");
    assertThat(models).hasSize(3);
    JsonNode mini = models.path(0);
    assertThat(mini.path("id").asText()).isEqualTo("openai/gpt-4o-mini");
    assertThat(mini.path("sent").asBoolean()).isTrue();
    assertThat(mini.path("calls").asInt()).isEqualTo(6);
    assertThat(mini.path("input_tokens").asLong()).isPositive();
    assertThat(mini.path("tokens_counted").asText()).isEqualTo("tokenizer");
    assertThat(mini.path("estimated_cost_usd").decimalValue()).isPositive();
    JsonNode gemini = models.path(1);
    assertThat(gemini.path("sent").asBoolean()).isFalse();
    assertThat(gemini.path("skipped_reason").asText()).contains("GEMINI_API_KEY");
    JsonNode recorded = models.path(2);
    assertThat(recorded.path("replay").asBoolean()).isTrue();
    assertThat(recorded.path("estimated_cost_usd").isNull()).isTrue();
    assertThat(plan.path("total_calls").asInt()).isEqualTo(18);
    assertThat(plan.path("total_estimated_cost_usd").decimalValue()).isPositive();
    assertThat(cli.out).doesNotContain("Dry run plan").doesNotContain("E-");
    assertThat(project.stub.requests.get()).isZero();
    assertThat(Files.exists(dir.resolve("data/benchmarks"))).isFalse();
  }
}
