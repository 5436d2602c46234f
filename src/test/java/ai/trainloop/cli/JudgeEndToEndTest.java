package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with two judge models on the provider stub, a YAML and a Java judge metric: scores,
 * reasons, the judge's exact cost apart from the candidates', agreement, the budget and the dry
 * run.
 */
class JudgeEndToEndTest {
  @TempDir Path dir;

  /**
   * Judges say false about "rude" or "rambling" claims, true otherwise; judge-b fails once first.
   */
  private static final StubProvider.Script SCRIPT =
      call -> {
        if (call.model().equals("cand")) {
          // one reply per prompt, so that no two samples ask the judge the same question
          return new StubProvider.Text("yes, " + call.prompt(), 10, 1);
        }
        if (call.model().equals("judge-b") && call.attempt() == 1) {
          return new StubProvider.Fault(500, Map.of(), "{\"error\": {\"message\": \"boom\"}}");
        }
        boolean no = call.prompt().contains("rude") || call.prompt().contains("rambling");
        return new StubProvider.Text(
            "<reasoning>Checked the reply.</reasoning><result>"
                + (no ? "false" : "true")
                + "</result>",
            100,
            20);
      };

  private StubbedProject project(String judgeKeyEnv, String benchmarkExtra) throws IOException {
    StubbedProject p = new StubbedProject(dir, SCRIPT);
    String base = p.baseUrl();
    String judge =
        "{provider: openai, model: %s, base_url: \"%s\", api_key_env: %s,"
            + " pricing: {input_per_million: 1, output_per_million: 2}}";
    p.cli
        .events("qa", 3)
        .file(
            "eval/metrics/IsConcise.java",
            """
            import ai.trainloop.eval.Judge;
            import ai.trainloop.eval.JudgeMetric;
            import ai.trainloop.eval.Sample;

            public class IsConcise implements JudgeMetric {
              public double score(Sample sample, Judge judge) {
                return judge.assertTrue(
                    "The reply is concise: " + sample.output(),
                    "The reply is rambling: " + sample.output());
              }
            }
            """)
        .file(
            "trainloop.config.yaml",
            """
            trainloop:
              data_folder: data
              benchmark:
                providers:
                  - {provider: openai, model: cand, base_url: "%s",
                     pricing: {input_per_million: 1, output_per_million: 1}}
                retry: {max_attempts: 3, max_wait: 1}
            %s
              judge:
                models:
                  - %s
                  - %s
                calls_per_model_per_claim: 2
              eval:
                metrics:
                  is_polite: {type: judge, yes: "The reply is polite.", no: "The reply is rude."}
                suites:
                  - {tag: qa, metrics: [is_polite, is_concise]}
            """
                .formatted(
                    base,
                    benchmarkExtra.indent(4).stripTrailing(),
                    judge.formatted("judge-a", base, judgeKeyEnv),
                    judge.formatted("judge-b", base, judgeKeyEnv)));
    p.cli.env.put("JUDGE_KEY", "sk-judge-0123456789");
    return p;
  }

  @Test
  void should_report_judge_scores_reasons_exact_cost_and_agreement() throws Exception {
    try (StubbedProject p = project("JUDGE_KEY", "")) {
      int code = p.cli.run("benchmark", "--detailed");

      assertThat(code).as(p.cli.err).isZero();
      JsonNode report =
          StubbedProject.JSON.readTree(p.cli.onlyRun().resolve("report.json").toFile());
      JsonNode model = StubbedProject.model(report, "openai/cand");
      assertThat(model.at("/metrics/is_polite/score").asDouble()).isEqualTo(1.0);
      assertThat(model.at("/metrics/is_concise/score").asDouble()).isEqualTo(1.0);
      // 3 replies × 2 metrics × 2 claims × 2 calls × 2 judges, each 100 in + 20 out at $1/$2 per M
      JsonNode judge = report.get("judge");
      assertThat(judge.get("calls").asLong()).isEqualTo(48);
      assertThat(judge.at("/tokens/input").asLong()).isEqualTo(4800);
      assertThat(judge.at("/tokens/output").asLong()).isEqualTo(960);
      assertThat(judge.get("cost_usd").decimalValue())
          .isEqualByComparingTo(new BigDecimal("0.00672"));
      assertThat(model.at("/cost/judge_usd").decimalValue())
          .isEqualByComparingTo(new BigDecimal("0.00672"));
      // the candidate's own cost stays its own: 3 calls of 10 in + 1 out at $1 per M
      assertThat(model.at("/cost/total_usd").decimalValue())
          .isEqualByComparingTo(new BigDecimal("0.000033"));
      assertThat(judge.at("/agreement/percent").asDouble()).isEqualTo(100.0);
      assertThat(judge.at("/agreement/judgements").asLong()).isEqualTo(6);
      List<String> lines = Files.readAllLines(p.cli.onlyRun().resolve("results.jsonl"));
      JsonNode row = StubbedProject.JSON.readTree(lines.get(0));
      assertThat(row.at("/reasons/is_polite").asText())
          .startsWith("judge 1 (yes-claim true in 4, no-claim true in 0 of 4 answers each)")
          .contains("Checked the reply.");
      assertThat(p.cli.out).contains("Judge Cost").contains("Total spend: $");
      assertThat(p.cli.out).contains("Judge agreement between openai/judge-a, openai/judge-b");
    }
  }

  @Test
  void should_leave_judge_metrics_out_and_say_so_before_the_first_call_without_a_judge_key()
      throws Exception {
    try (StubbedProject p = project("UNSET_JUDGE_KEY", "")) {
      int code = p.cli.run("benchmark");

      assertThat(code).as(p.cli.err).isZero();
      assertThat(p.cli.err)
          .contains("judge openai/judge-a skipped: set UNSET_JUDGE_KEY")
          .contains("judge metrics left out of this run (is_concise, is_polite)");
      assertThat(p.cli.err.indexOf("judge metrics left out"))
          .isLessThan(p.cli.err.indexOf("trainloop: 3 samples"));
      JsonNode report =
          StubbedProject.JSON.readTree(p.cli.onlyRun().resolve("report.json").toFile());
      assertThat(report.has("judge")).isFalse();
      assertThat(p.cli.out).doesNotContain("Judge Cost");
    }
  }

  @Test
  void should_count_the_judge_in_the_dry_run() throws Exception {
    try (StubbedProject p = project("JUDGE_KEY", "")) {
      int code = p.cli.run("benchmark", "--dry-run", "--format", "json");

      assertThat(code).as(p.cli.err).isZero();
      JsonNode plan = StubbedProject.JSON.readTree(p.cli.out);
      assertThat(plan.at("/judge/calls").asLong()).isEqualTo(48);
      assertThat(plan.at("/judge/models/0/calls").asLong()).isEqualTo(24);
      assertThat(plan.at("/judge/estimated_cost_usd").isNumber()).isTrue();
    }
  }

  @Test
  void should_cache_each_call_of_a_claim_and_each_repeat_apart_then_send_nothing_on_a_rerun()
      throws Exception {
    try (StubbedProject p = project("JUDGE_KEY", "cache: true")) {
      assertThat(p.cli.run("benchmark", "--quiet", "--repeat", "2")).as(p.cli.err).isZero();
      int sent = p.stub.requests.get();
      // 6 replies × 2 metrics × 2 claims × 2 calls × 2 judges, each sent and paid: none was read
      // back from another call's cached reply, though k calls of a claim ask the same question
      JsonNode judge = p.report().get("judge");
      assertThat(judge.get("calls").asLong()).isEqualTo(96);
      assertThat(judge.at("/tokens/input").asLong()).isEqualTo(96 * 100);

      assertThat(p.cli.run("cache", "stats")).as(p.cli.err).isZero();
      // every call its own entry: none read back another's reply (the prompts are identical)
      assertThat(p.cli.out).contains("entries:    " + (6 + 96));

      // a budget far below one call: every model and judge call is answered from the cache
      assertThat(p.cli.run("benchmark", "--quiet", "--repeat", "2", "--max-cost", "0.0000001"))
          .as(p.cli.err)
          .isZero();
      assertThat(p.stub.requests.get()).isEqualTo(sent);
    }
  }

  @Test
  void should_count_the_judge_calls_of_every_repeat_in_the_dry_run() throws Exception {
    try (StubbedProject p = project("JUDGE_KEY", "")) {
      int code = p.cli.run("benchmark", "--dry-run", "--format", "json", "--repeat", "3");

      assertThat(code).as(p.cli.err).isZero();
      JsonNode plan = StubbedProject.JSON.readTree(p.cli.out);
      assertThat(plan.at("/judge/calls").asLong()).isEqualTo(3 * 48);
      assertThat(plan.at("/judge/models/0/calls").asLong()).isEqualTo(3 * 24);
      assertThat(p.stub.exchanges()).isEmpty();
    }
  }

  @Test
  void should_show_the_judge_calls_and_cost_as_a_table_in_the_text_dry_run() throws Exception {
    try (StubbedProject p = project("JUDGE_KEY", "")) {
      int code = p.cli.run("benchmark", "--dry-run", "--ascii");

      assertThat(code).as(p.cli.err).isZero();
      // 3 replies × 2 metrics × 2 claims × 2 calls per judge; 300 output tokens each at $2 per M
      assertThat(p.cli.out)
          .contains("Judge calls (estimates; nothing was sent):")
          .contains("| Judge model    | Calls | Est. input tok | Est. output tok | Est. cost |")
          .contains("| openai/judge-a | 24    | ~2256          | ~7200           | $0.017    |")
          .contains("| openai/judge-b | 24    | ~2256          | ~7200           | $0.017    |")
          .contains("Judge calls = replies x judge questions per reply (2 per claim pair")
          .contains("Est. total with the judge: $0.033.");
      assertThat(p.cli.out.indexOf("Judge calls (estimates"))
          .isGreaterThan(p.cli.out.indexOf("Dry run plan"));
      assertThat(p.stub.exchanges()).isEmpty();
    }
  }

  @Test
  void should_stop_sending_judge_calls_when_the_budget_is_reached() throws Exception {
    try (StubbedProject p = project("JUDGE_KEY", "")) {
      int code = p.cli.run("benchmark", "--max-cost", "0.002");

      assertThat(code).as(p.cli.err).isEqualTo(ExitCodes.RUN_FAILURE);
      JsonNode report =
          StubbedProject.JSON.readTree(p.cli.onlyRun().resolve("report.json").toFile());
      assertThat(report.get("judge").get("cost_usd").decimalValue())
          .isLessThanOrEqualTo(new BigDecimal("0.002"));
      assertThat(p.cli.err).contains("budget of $0.002");
    }
  }
}
