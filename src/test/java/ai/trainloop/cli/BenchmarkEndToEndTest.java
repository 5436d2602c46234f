package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two models × 30 samples against a local stub: every figure checked against a hand computation.
 */
class BenchmarkEndToEndTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final String KEY = "sk-test-SECRET-abc123";

  @TempDir Path dir;
  private MockWebServer server;
  private CliHarness cli;

  /**
   * gpt-4o says "yes" to even prompts, gpt-4o-mini to prompts not divisible by 3; 20+i tokens in,
   * 4+i%5 out.
   */
  private final StubProvider stub =
      new StubProvider(
          call -> {
            int i = Integer.parseInt(call.prompt().substring(1));
            boolean yes = call.model().equals("gpt-4o") ? i % 2 == 0 : i % 3 != 0;
            return new StubProvider.Text(yes ? "yes" : "no", 20 + i, 4 + i % 5);
          });

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(stub);
    server.start();
    String base = server.url("/v1").toString();
    cli =
        new CliHarness(dir)
            .events("qa", 30)
            .file(
                "trainloop.config.yaml",
                """
        trainloop:
          data_folder: data
          benchmark:
            providers:
              - {provider: openai, model: gpt-4o, base_url: "%s"}
              - {provider: openai, model: gpt-4o-mini, base_url: "%s"}
            max_concurrent_requests: 4
          eval:
            metrics:
              says_yes: {type: contains, any: ["yes"]}
              one_word: {type: max_words, value: 1}
            suites:
              - {tag: qa, metrics: [says_yes, one_word]}
        """
                    .formatted(base, base));
    cli.env.put("OPENAI_API_KEY", KEY);
  }

  @AfterEach
  void tearDown() throws Exception {
    server.close();
  }

  @Test
  void should_report_scores_tokens_and_costs_that_match_a_hand_computation() throws Exception {
    int code = cli.run("benchmark", "--quiet");

    assertThat(code).as(cli.err).isEqualTo(0);
    assertThat(stub.requests.get()).isEqualTo(60);
    JsonNode report = JSON.readTree(cli.onlyRun().resolve("report.json").toFile());
    assertThat(report.path("complete").asBoolean()).isTrue();
    assertThat(report.path("results")).hasSize(60);

    // tokens: input Σ(20+i) over i<30 = 600 + 435 = 1035; output Σ(4 + i%5) = 120 + 6×(0+1+2+3+4) =
    // 180
    JsonNode big = model(report, "openai/gpt-4o");
    assertThat(big.path("samples").asLong()).isEqualTo(30);
    assertThat(big.path("errors").asLong()).isZero();
    assertThat(big.path("tokens").path("input").asLong()).isEqualTo(1035);
    assertThat(big.path("tokens").path("output").asLong()).isEqualTo(180);
    // gpt-4o: 15 even prompts score (1+1)/2 = 1, 15 odd ones (0+1)/2 = 0.5: Avg 22.5/30 = 0.75
    assertThat(big.path("score").path("mean").asDouble()).isEqualTo(0.75);
    assertThat(big.path("score").path("min").asDouble()).isEqualTo(0.5);
    assertThat(big.path("score").path("max").asDouble()).isEqualTo(1.0);
    assertThat(big.path("metrics").path("says_yes").path("pass_rate").asDouble()).isEqualTo(0.5);
    // cost: 1035 × $2.50/1M + 180 × $10.00/1M = $0.0025875 + $0.0018 = $0.0043875
    BigDecimal bigTotal = new BigDecimal("0.0043875");
    assertThat(big.path("cost").path("total_usd").decimalValue()).isEqualByComparingTo(bigTotal);
    assertThat(big.path("cost").path("per_1k_tokens_usd").decimalValue())
        .isEqualByComparingTo(
            bigTotal
                .multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(1215), MathContext.DECIMAL64));
    assertThat(big.path("cost").path("per_score_usd").decimalValue())
        .isEqualByComparingTo(new BigDecimal("0.000195")); // 0.0043875 / 22.5

    JsonNode mini = model(report, "openai/gpt-4o-mini");
    // gpt-4o-mini: 20 prompts not divisible by 3 score 1, 10 score 0.5: 25/30
    assertThat(mini.path("score").path("mean").asDouble()).isEqualTo(25.0 / 30);
    // cost: 1035 × $0.15/1M + 180 × $0.60/1M = $0.00015525 + $0.000108 = $0.00026325
    assertThat(mini.path("cost").path("total_usd").decimalValue())
        .isEqualByComparingTo("0.00026325");
    assertThat(mini.path("cost").path("per_score_usd").decimalValue())
        .isEqualByComparingTo("0.00001053");

    assertThat(cli.out)
        .contains("Model Performance:")
        .contains("openai/gpt-4o-mini")
        .contains("0.83")
        .contains("Cost Analysis:")
        .contains("$0.0044");
    String everything =
        cli.out
            + cli.err
            + Files.readString(cli.onlyRun().resolve("report.json"))
            + Files.readString(cli.onlyRun().resolve("results.jsonl"));
    assertThat(everything).doesNotContain(KEY).doesNotContain("SECRET");
    assertThat(stub.lastAuth.get("openai")).isEqualTo("Bearer " + KEY);
  }

  @Test
  void should_write_results_jsonl_with_every_reply_and_a_copy_with_output() throws Exception {
    Path copy = dir.resolve("out/benchmark-20260101.json");
    int code =
        cli.run("benchmark", "--quiet", "--output", copy.toString(), "--models", "gpt-4o-mini");

    assertThat(code).as(cli.err).isZero();
    assertThat(Files.readString(copy))
        .isEqualTo(Files.readString(cli.onlyRun().resolve("report.json")));
    var lines = Files.readAllLines(cli.onlyRun().resolve("results.jsonl"));
    assertThat(lines).hasSize(30);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.path("model_id").asText()).isEqualTo("openai/gpt-4o-mini");
    assertThat(first.path("response").asText()).isIn("yes", "no");
    assertThat(Files.readAllLines(cli.onlyRun().resolve("samples.jsonl"))).hasSize(30);
  }

  @Test
  void should_skip_a_model_without_key_with_one_line_and_exit_zero() throws Exception {
    cli.env.remove("OPENAI_API_KEY");
    cli.file(
        "trainloop.config.yaml",
        Files.readString(dir.resolve("trainloop.config.yaml"))
            .replace("providers:\n", "providers:\n      - provider: recorded\n"));
    int code = cli.run("benchmark", "--quiet");

    assertThat(code).as(cli.err).isZero();
    assertThat(stub.requests.get()).isZero();
    assertThat(cli.err).contains("skipped openai/gpt-4o: set OPENAI_API_KEY");
    assertThat(cli.out).contains("recorded");
  }

  private static JsonNode model(JsonNode report, String id) {
    for (JsonNode m : report.path("models")) {
      if (m.path("id").asText().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("no model " + id);
  }
}
