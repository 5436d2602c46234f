package ai.trainloop.cli;

import static ai.trainloop.cli.StubbedProject.entry;
import static ai.trainloop.cli.StubbedProject.index;
import static ai.trainloop.cli.StubbedProject.model;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import ai.trainloop.provider.stub.StubProvider.Exchange;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's first cross-vendor run: OpenAI, Anthropic and Gemini entries against a local stub
 * give three rows.
 */
class ThreeProvidersEndToEndTest {
  private static final int SAMPLES = 6;

  @TempDir Path dir;

  /**
   * gpt-4o-mini says "yes" to even prompts, claude to prompts divisible by 3, gemini always; every
   * reply has 20+i tokens in and 4+i%5 out: Σ input over i<6 = 120 + 15 = 135, Σ output =
   * 4+5+6+7+8+4 = 34.
   */
  private static StubProvider.Reply answer(StubProvider.Call call) {
    int i = index(call);
    boolean yes =
        switch (call.format()) {
          case "openai" -> i % 2 == 0;
          case "anthropic" -> i % 3 == 0;
          default -> true;
        };
    return new StubProvider.Text(yes ? "yes" : "no", 20 + i, 4 + i % 5);
  }

  @Test
  void should_give_one_row_per_vendor_with_its_own_scores_tokens_and_costs() throws Exception {
    try (StubbedProject project = new StubbedProject(dir, ThreeProvidersEndToEndTest::answer)) {
      project.config(
          SAMPLES,
          List.of(
              entry("openai", "gpt-4o-mini", ""),
              entry("anthropic", "claude-3-5-haiku", ""),
              entry("google", "gemini-2.0-flash", "rpm: 150")),
          "max_concurrent_requests: 3\n");

      long before = System.nanoTime();
      int code = project.cli.run("benchmark", "--quiet");

      assertThat(code).as(project.cli.err).isZero();
      JsonNode report = project.report();
      assertThat(report.path("models")).hasSize(3);
      assertThat(report.path("results")).hasSize(3 * SAMPLES);
      // 3 of 6 score 1, 3 score 0.5; cost 135 × $0.15/1M + 34 × $0.60/1M
      assertModel(report, "openai/gpt-4o-mini", 0.75, "0.00004065");
      // prompts 0 and 3 score 1, four score 0.5: 4/6; cost 135 × $0.80/1M + 34 × $4.00/1M
      assertModel(report, "anthropic/claude-3-5-haiku", 4.0 / 6, "0.000244");
      // all score 1; cost 135 × $0.10/1M + 34 × $0.40/1M
      assertModel(report, "google/gemini-2.0-flash", 1.0, "0.0000271");
      assertThat(project.cli.out)
          .contains("openai/gpt-4o-mini")
          .contains("anthropic/claude-3-5-haiku")
          .contains("google/gemini-2.0-flash")
          .contains("Model Performance:")
          .contains("Cost Analysis:");

      assertThat(project.stub.lastAuth)
          .containsEntry("openai", "Bearer " + StubbedProject.OPENAI_KEY)
          .containsEntry("anthropic", StubbedProject.ANTHROPIC_KEY)
          .containsEntry("gemini", StubbedProject.GEMINI_KEY);
      List<Long> geminiArrivals =
          project.stub.exchanges().stream()
              .filter(e -> e.call().format().equals("gemini"))
              .map(Exchange::arrivedNanos)
              .sorted()
              .toList();
      assertThat(geminiArrivals).hasSize(SAMPLES);
      // rpm: 150 starts a call at most every 400 ms: the sixth cannot start sooner than 2 s after
      // the run began
      // (a bound that holds however slow the machine is; without the cap the six calls go out at
      // once)
      assertThat(Duration.ofNanos(geminiArrivals.get(SAMPLES - 1) - before))
          .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }
  }

  private static void assertModel(JsonNode report, String id, double mean, String cost) {
    JsonNode m = model(report, id);
    assertThat(m.path("samples").asInt()).as(id).isEqualTo(SAMPLES);
    assertThat(m.path("errors").asInt()).as(id).isZero();
    assertThat(m.path("score").path("mean").asDouble()).as(id).isEqualTo(mean);
    assertThat(m.path("tokens").path("input").asLong()).as(id).isEqualTo(135);
    assertThat(m.path("tokens").path("output").asLong()).as(id).isEqualTo(34);
    assertThat(m.path("cost").path("total_usd").decimalValue()).as(id).isEqualByComparingTo(cost);
  }
}
