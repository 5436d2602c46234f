package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.StreamSupport;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tutorial's three "Common Benchmarking Scenarios" configs, as written (plus a base_url
 * pointing at the local stub), each print a recommendation that follows from the numbers in the
 * same report.
 */
class TutorialScenariosTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How many prompts in 40 each model gets right. */
  private static final Map<String, Integer> RIGHT =
      Map.of(
          "gpt-4o",
          36,
          "gpt-4o-mini",
          34,
          "claude-3-5-sonnet-20241022",
          37,
          "claude-3-haiku-20240307",
          31,
          "gemini-pro",
          30);

  @TempDir Path dir;
  private MockWebServer server;
  private CliHarness cli;
  private String base;

  private final StubProvider stub =
      new StubProvider(
          call -> {
            int i = Integer.parseInt(call.prompt().substring(1));
            boolean right = i < RIGHT.getOrDefault(call.model(), 0);
            return new StubProvider.Text(right ? "yes" : "no", 200 + i, 20 + i % 7);
          });

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(stub);
    server.start();
    base = server.url("").toString().replaceAll("/$", "");
    cli = new CliHarness(dir).events("qa", 40);
    cli.env.putAll(
        Map.of("OPENAI_API_KEY", "k1", "ANTHROPIC_API_KEY", "k2", "GOOGLE_API_KEY", "k3"));
  }

  @AfterEach
  void tearDown() throws Exception {
    server.close();
  }

  private JsonNode run(String benchmarkYaml) throws Exception {
    cli.file(
        "trainloop.config.yaml",
        """
        trainloop:
          data_folder: data
        %s
          eval:
            metrics:
              says_yes: {type: contains, any: ["yes"]}
            suites:
              - {tag: qa, metrics: [says_yes]}
        """
            .formatted(
                benchmarkYaml
                    .replace("OPENAI", base + "/v1")
                    .replace("ANTHROPIC", base)
                    .replace("GOOGLE", base)));
    assertThat(cli.run("benchmark", "--quiet")).as(cli.err).isZero();
    try (var runs = Files.list(dir.resolve("data/benchmarks"))) {
      Path latest = runs.sorted().reduce((a, b) -> b).orElseThrow();
      return JSON.readTree(latest.resolve("report.json").toFile());
    }
  }

  @Test
  void cost_optimization_recommends_the_best_model_within_the_cost_and_performance_gates()
      throws Exception {
    JsonNode report =
        run(
            """
          benchmark:
            providers:
              - {provider: openai, model: gpt-4o-mini, base_url: "OPENAI"}
              - {provider: anthropic, model: claude-3-haiku-20240307, base_url: "ANTHROPIC"}
              - {provider: google, model: gemini-pro, base_url: "GOOGLE"}
            cost_threshold: 0.01  # Max $0.01 per 1K tokens
            performance_threshold: 0.75  # Min 75% pass rate
        """);
    // gemini-pro has no known price, so it cannot be shown to be within the cost gate
    assertThat(gate(report, "google/gemini-pro", "cost_threshold")).isFalse();
    String best = bestAvgAmongThosePassingEveryGate(report);
    assertThat(best).isEqualTo("openai/gpt-4o-mini");
    assertThat(report.path("recommendation").path("model_id").asText()).isEqualTo(best);
    assertThat(cli.out).contains("google/gemini-pro ✗").contains("n/a").contains(best);
  }

  @Test
  void accuracy_optimization_recommends_the_highest_composite_of_the_weights() throws Exception {
    JsonNode report =
        run(
            """
          benchmark:
            providers:
              - {provider: openai, model: gpt-4o, temperature: 0.1, base_url: "OPENAI"}
              - {provider: anthropic, model: claude-3-5-sonnet-20241022, temperature: 0.1, base_url: "ANTHROPIC"}
            accuracy_weight: 0.8
            cost_weight: 0.2
        """);
    JsonNode top =
        StreamSupport.stream(report.path("models").spliterator(), false)
            .max(Comparator.comparingDouble(m -> m.path("composite").asDouble()))
            .orElseThrow();
    // composite = 0.8 × Avg + 0.2 × (1 − cost per token ÷ the highest cost per token)
    for (JsonNode m : report.path("models")) {
      double expected =
          0.8 * m.path("score").path("mean").asDouble()
              + 0.2 * m.path("normalized").path("cost").asDouble();
      assertThat(m.path("composite").asDouble())
          .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }
    assertThat(report.path("recommendation").path("model_id").asText())
        .isEqualTo(top.path("id").asText());
    assertThat(cli.out).contains("Decision Matrix").contains(top.path("id").asText());
  }

  @Test
  void speed_optimization_shows_response_times_and_gates_the_p95() throws Exception {
    JsonNode report =
        run(
            """
          benchmark:
            providers:
              - {provider: openai, model: gpt-4o-mini, max_tokens: 500, base_url: "OPENAI"}
              - {provider: anthropic, model: claude-3-haiku-20240307, max_tokens: 500, base_url: "ANTHROPIC"}
            track_response_times: true
            max_response_time: 3.0  # 3 second timeout
        """);
    assertThat(cli.out).contains("Response Times:").contains("p95");
    for (JsonNode m : report.path("models")) {
      assertThat(m.path("gates").path("max_response_time").asBoolean()).isTrue();
      assertThat(m.path("latency_ms").path("p95").asLong()).isLessThanOrEqualTo(3000);
    }
    assertThat(report.path("recommendation").path("model_id").asText())
        .isEqualTo(bestAvgAmongThosePassingEveryGate(report));
  }

  private static boolean gate(JsonNode report, String model, String gate) {
    for (JsonNode m : report.path("models")) {
      if (m.path("id").asText().equals(model)) {
        return m.path("gates").path(gate).asBoolean();
      }
    }
    throw new AssertionError(model);
  }

  private static String bestAvgAmongThosePassingEveryGate(JsonNode report) {
    return StreamSupport.stream(report.path("models").spliterator(), false)
        .filter(
            m ->
                StreamSupport.stream(m.path("gates").spliterator(), false)
                    .allMatch(JsonNode::asBoolean))
        .max(Comparator.comparingDouble(m -> m.path("score").path("mean").asDouble()))
        .map(m -> m.path("id").asText())
        .orElseThrow();
  }
}
