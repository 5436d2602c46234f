package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --compare-with} tag by tag through the command, against a local stub: tag alpha drops from
 * all-pass to mostly-fail while beta rises, so the overall Avg holds.
 */
class TagCompareEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private MockWebServer server;
  private CliHarness cli;

  /** Before: every alpha prompt and beta b0..b9 say yes. After: alpha a0..a9 and every beta. */
  private final AtomicBoolean after = new AtomicBoolean(false);

  private final StubProvider stub =
      new StubProvider(
          call -> {
            boolean alpha = call.prompt().startsWith("a");
            int i = Integer.parseInt(call.prompt().substring(1));
            boolean yes = after.get() ? !alpha || i < 10 : alpha || i < 10;
            return new StubProvider.Text(yes ? "yes" : "no", 100, 10);
          });

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(stub);
    server.start();
    cli = new CliHarness(dir);
    cli.env.put("OPENAI_API_KEY", "sk-test");
    StringBuilder events = new StringBuilder();
    for (String tag : new String[] {"alpha", "beta"}) {
      for (int i = 0; i < 40; i++) {
        events
            .append("{\"durationMs\": 100, \"tag\": \"")
            .append(tag)
            .append("\", \"input\": [{\"role\": \"user\", \"content\": \"")
            .append(tag.charAt(0))
            .append(i)
            .append("\"}], \"output\": {\"content\": \"r\"}, \"model\": \"gpt-4o-mini\",")
            .append(" \"modelParams\": {}}\n");
      }
    }
    cli.file("data/events/1764300000000.jsonl", events.toString());
  }

  @AfterEach
  void tearDown() throws Exception {
    server.close();
  }

  private void writeConfig(String failOn) throws Exception {
    cli.file(
        "trainloop.config.yaml",
        """
        trainloop:
          data_folder: data
          benchmark:
            providers:
              - {provider: openai, model: gpt-4o, base_url: "%s"}
            compare: {fail_on: %s}
          eval:
            metrics:
              says_yes: {type: contains, any: ["yes"]}
            suites:
              - {tag: alpha, metrics: [says_yes]}
              - {tag: beta, metrics: [says_yes]}
        """
            .formatted(server.url("/v1"), failOn));
  }

  private Path baseline() throws Exception {
    writeConfig("[score]");
    Path baseline = dir.resolve("baseline.json");
    assertThat(cli.run("benchmark", "--quiet", "--output", baseline.toString()))
        .as(cli.err)
        .isZero();
    after.set(true);
    return baseline;
  }

  @Test
  void should_exit_0_with_fail_on_score_and_still_show_the_tag_regression() throws Exception {
    Path baseline = baseline();

    int code = cli.run("benchmark", "--quiet", "--compare-with", baseline.toString());

    assertThat(code).as(cli.err).isZero();
    assertThat(cli.out)
        .containsPattern("tag:alpha[ │]+1\\.000[ │]+0\\.250[ │]+-0\\.750[ │].*regressed\\*")
        .containsPattern("tag:beta[ │]+0\\.250[ │]+1\\.000[ │].*improved")
        .contains("Result: no regression against the baseline.");
    JsonNode rows = latestReport().path("baseline").path("models").path(0).path("rows");
    JsonNode alpha = row(rows, "tag:alpha");
    assertThat(alpha.path("kind").asText()).isEqualTo("tag_score");
    assertThat(alpha.path("tag").asText()).isEqualTo("alpha");
    assertThat(alpha.path("verdict").asText()).isEqualTo("regressed");
    assertThat(alpha.path("gating").asBoolean()).isFalse();
    assertThat(row(rows, "Avg").path("verdict").asText()).isEqualTo("unchanged");
  }

  @Test
  void should_exit_1_with_fail_on_score_and_tag_score_naming_the_tag() throws Exception {
    Path baseline = baseline();
    writeConfig("[score, tag_score]");

    int code =
        cli.run(
            "benchmark", "--quiet", "--compare-with", baseline.toString(), "--junit", "junit.xml");

    assertThat(code).as(cli.err).isEqualTo(ExitCodes.REGRESSION);
    assertThat(cli.out)
        .contains("Result: REGRESSION against the baseline")
        .contains("openai/gpt-4o tag:alpha regressed: 1.000 -> 0.250 (-0.750)");
    assertThat(Files.readString(dir.resolve("junit.xml")))
        .contains("tag:alpha regressed against baseline");
    JsonNode json = latestReport().path("baseline");
    assertThat(json.path("comparisons").asInt()).isEqualTo(4); // Avg, says_yes, two tags
    assertThat(
            row(json.path("models").path(0).path("rows"), "tag:alpha").path("gating").asBoolean())
        .isTrue();
  }

  @Test
  void should_exit_2_for_an_unknown_fail_on_value_suggesting_tag_score() throws Exception {
    writeConfig("[score, tag_scores]");

    assertThat(cli.run("benchmark", "--quiet")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err)
        .contains("trainloop.config.yaml:", "trainloop.benchmark.compare.fail_on[1]", "tag_score");
    assertThat(stub.requests.get()).isZero();
  }

  private static JsonNode row(JsonNode rows, String name) {
    for (JsonNode r : rows) {
      if (r.path("metric").asText().equals(name)) {
        return r;
      }
    }
    throw new AssertionError("no row " + name + " in " + rows);
  }

  private JsonNode latestReport() throws Exception {
    try (var runs = Files.list(dir.resolve("data/benchmarks"))) {
      Path latest = runs.sorted().reduce((a, b) -> b).orElseThrow();
      return JSON.readTree(latest.resolve("report.json").toFile());
    }
  }
}
