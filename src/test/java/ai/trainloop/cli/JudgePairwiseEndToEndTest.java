package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code judge_pairwise} against another model of the run, on the provider stub: each reply is
 * compared with the other model's reply to the same prompt in both orders; the other model's slow
 * reply is waited for, its failed one fails the metric for that sample (never a 0, never a hang),
 * the other model is not judged against itself, and the dry run counts the comparisons.
 */
class JudgePairwiseEndToEndTest {
  @TempDir Path dir;

  /**
   * "cand" answers at once, "rival" slowly, and fails q1 with a 400. The judge prefers the response
   * that says "thanks": cand's. It answers A or B by where cand's reply is, so it is consistent.
   */
  private static final StubProvider.Script SCRIPT =
      call -> {
        if (call.model().equals("cand")) {
          return new StubProvider.Text("cand: thanks, " + call.prompt(), 10, 1);
        }
        if (call.model().equals("rival")) {
          if (call.prompt().equals("q1")) {
            return new StubProvider.Fault(
                400, Map.of(), "{\"error\": {\"message\": \"rival cannot answer q1\"}}");
          }
          return new StubProvider.Text("rival: " + call.prompt(), 10, 1, 300);
        }
        String p = call.prompt();
        int a = p.indexOf("<response_a>");
        int b = p.indexOf("<response_b>");
        boolean candIsA = p.indexOf("cand: thanks", a) < b;
        return new StubProvider.Text(
            "<reasoning>The one that thanks is better.</reasoning><result>"
                + (candIsA ? "A" : "B")
                + "</result>",
            100,
            20);
      };

  private StubbedProject project(String against) throws IOException {
    StubbedProject p = new StubbedProject(dir, SCRIPT);
    String base = p.baseUrl();
    p.cli
        .events("qa", 3)
        .file(
            "trainloop.config.yaml",
            """
            trainloop:
              data_folder: data
              benchmark:
                providers:
                  - {provider: openai, model: cand, base_url: "%1$s"}
                  - {provider: openai, model: rival, base_url: "%1$s"}
                retry: {max_attempts: 2, max_wait: 1}
              judge:
                models:
                  - {provider: openai, model: judge, base_url: "%1$s",
                     pricing: {input_per_million: 1, output_per_million: 2}}
                calls_per_model_per_claim: 2
              eval:
                metrics:
                  beats_rival:
                    type: judge_pairwise
                    against: %2$s
                    question: "Which response is more grateful?"
                suites:
                  - {tag: qa, metrics: [beats_rival]}
            """
                .formatted(base, against));
    return p;
  }

  @Test
  void should_compare_with_the_other_models_reply_and_fail_the_sample_it_has_none_for()
      throws Exception {
    try (StubbedProject p = project("openai/rival")) {
      int code = p.cli.run("benchmark", "--detailed");

      assertThat(code).as(p.cli.err).isZero();
      JsonNode report =
          StubbedProject.JSON.readTree(p.cli.onlyRun().resolve("report.json").toFile());
      JsonNode cand = StubbedProject.model(report, "openai/cand");
      // q0 and q2 compared (won in both orders), q1 failed: the win rate is 1 over 2 samples
      assertThat(cand.at("/metrics/beats_rival/score").asDouble()).isEqualTo(1.0);
      // 2 compared samples × 2 orders × 2 calls; rival's own replies are not judged against
      // themselves
      assertThat(report.at("/judge/calls").asLong()).isEqualTo(8);
      List<JsonNode> rows = new ArrayList<>();
      for (String line : Files.readAllLines(p.cli.onlyRun().resolve("results.jsonl"))) {
        rows.add(StubbedProject.JSON.readTree(line));
      }
      JsonNode q1 =
          rows.stream()
              .filter(r -> r.path("model_id").asText().equals("openai/cand"))
              .filter(r -> r.toString().contains("cand: thanks, q1"))
              .findFirst()
              .orElseThrow();
      assertThat(q1.toString())
          .contains("against model openai/rival has no reply for sample")
          .contains("rival cannot answer q1");
      assertThat(
              rows.stream()
                  .filter(r -> r.path("model_id").asText().equals("openai/rival"))
                  .noneMatch(r -> r.toString().contains("beats_rival")))
          .isTrue();
      assertThat(p.cli.err)
          .contains("judge_pairwise beats_rival: win rate against openai/rival")
          .contains("not judged against themselves");
      assertThat(p.cli.out).contains("Win rate: beats_rival");
    }
  }

  @Test
  void should_refuse_a_pairwise_metric_against_a_model_that_is_not_configured() throws Exception {
    try (StubbedProject p = project("openai/rivall")) {
      int code = p.cli.run("benchmark");

      assertThat(code).isEqualTo(ExitCodes.USAGE);
      assertThat(p.cli.err)
          .contains("trainloop.config.yaml:")
          .contains("trainloop.eval.metrics.beats_rival.against")
          .contains("'openai/rivall' is not a model of trainloop.benchmark.providers")
          .contains("openai/rival");
      assertThat(p.stub.exchanges()).isEmpty();
    }
  }

  @Test
  void should_count_pairwise_judge_calls_in_the_dry_run() throws Exception {
    try (StubbedProject p = project("rival")) {
      int code = p.cli.run("benchmark", "--dry-run", "--format", "json");

      assertThat(code).as(p.cli.err).isZero();
      JsonNode plan = StubbedProject.JSON.readTree(p.cli.out);
      // 3 samples × 1 judged model (cand; rival is not judged against itself) × 2 orders × 2
      assertThat(plan.at("/judge/calls").asLong()).isEqualTo(12);
    }
  }
}
