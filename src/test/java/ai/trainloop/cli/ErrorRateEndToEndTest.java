package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * benchmark.max_error_rate through the command: a model that fails most calls is never the
 * recommendation.
 */
class ErrorRateEndToEndTest {
  @TempDir Path dir;

  /**
   * flaky fails prompts q0..q12 (65%) with a 400 and says "yes" to the rest; steady says "yes" to
   * even prompts.
   */
  private static final StubProvider.Script SCRIPT =
      call -> {
        int i = StubbedProject.index(call);
        if (call.model().equals("flaky")) {
          return i < 13
              ? new StubProvider.Fault(400, Map.of(), "{\"error\": {\"message\": \"too hard\"}}")
              : new StubProvider.Text("yes", 10, 1);
        }
        return new StubProvider.Text(i % 2 == 0 ? "yes" : "no", 10, 1);
      };

  @Test
  void should_not_recommend_a_model_that_failed_65_percent_of_calls_though_its_average_is_higher()
      throws Exception {
    try (StubbedProject p = new StubbedProject(dir, SCRIPT)) {
      p.config(
          20,
          List.of(
              StubbedProject.entry("openai", "flaky", ""),
              StubbedProject.entry("openai", "steady", "")),
          "priorities: {accuracy: 1.0}");

      int code = p.cli.run("benchmark", "--ascii");

      assertThat(code).as(p.cli.err).isZero();
      JsonNode report = p.report();
      JsonNode flaky = StubbedProject.model(report, "openai/flaky");
      assertThat(flaky.path("error_rate").asDouble()).isEqualTo(0.65);
      assertThat(flaky.path("score").path("mean").asDouble()).isEqualTo(1.0);
      assertThat(flaky.path("gates").path("max_error_rate").asBoolean(true)).isFalse();
      assertThat(report.path("recommendation").path("model_id").asText())
          .isEqualTo("openai/steady");
      // marked in the tables with a legend line naming the reason
      assertThat(p.cli.out)
          .contains(
              "openai/flaky [x]",
              "[x] openai/flaky - error rate 65% > 5%",
              "Recommended model: openai/steady");
      // the matrix compares both on the 7 prompts both answered: q13..q19, where steady says yes to
      // 3
      assertThat(p.cli.out)
          .contains("Accuracy and metric columns are over the 7 samples every model answered");
    }
  }
}
