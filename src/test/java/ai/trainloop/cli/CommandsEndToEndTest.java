package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands and exit codes as a user meets them, against a local stub. */
class CommandsEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private MockWebServer server;
  private CliHarness cli;
  private String base;

  /** gpt-4o always says "yes"; gpt-4o-mini says "yes" to one prompt in two. */
  private final StubProvider stub =
      new StubProvider(
          call -> {
            int i = Integer.parseInt(call.prompt().substring(1));
            boolean yes = call.model().equals("gpt-4o") || i % 2 == 0;
            return new StubProvider.Text(yes ? "yes" : "no", 100, 10);
          });

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(stub);
    server.start();
    base = server.url("/v1").toString();
    cli = new CliHarness(dir).events("qa", 200);
    writeConfig("gpt-4o", "");
    cli.env.put("OPENAI_API_KEY", "sk-test");
  }

  private void writeConfig(String model, String extra) throws Exception {
    cli.file(
        "trainloop.config.yaml",
        """
        trainloop:
          data_folder: data
          benchmark:
            providers:
              - {provider: openai, model: %s, label: production, base_url: "%s"}
            max_concurrent_requests: 8
        %s
          eval:
            metrics:
              says_yes: {type: contains, any: ["yes"]}
            suites:
              - {tag: qa, metrics: [says_yes]}
        """
            .formatted(model, base, extra));
  }

  @AfterEach
  void tearDown() throws Exception {
    server.close();
  }

  @Test
  void should_exit_1_when_compared_with_a_baseline_of_a_better_model_and_0_with_the_same_model()
      throws Exception {
    Path baseline = dir.resolve("benchmark-20260101.json");
    assertThat(cli.run("benchmark", "--quiet", "--output", baseline.toString()))
        .as(cli.err)
        .isZero();

    assertThat(cli.run("benchmark", "--quiet", "--compare-with", baseline.toString()))
        .as(cli.err)
        .isZero();
    assertThat(cli.out).contains("Changes vs baseline").contains("unchanged");

    writeConfig("gpt-4o-mini", "");
    int code =
        cli.run(
            "benchmark", "--quiet", "--compare-with", baseline.toString(), "--junit", "junit.xml");
    assertThat(code).as(cli.err).isEqualTo(ExitCodes.REGRESSION);
    assertThat(cli.out).contains("regressed");
    assertThat(cli.err).contains("regression against the baseline");
    assertThat(Files.readString(dir.resolve("junit.xml"))).contains("<failure");
    JsonNode report = latestReport();
    assertThat(report.path("exit_code").asInt()).isEqualTo(1);
    assertThat(report.path("exit_reason").asText()).isEqualTo("regression");
    assertThat(report.path("baseline").isObject()).isTrue();
  }

  @Test
  void should_exit_2_for_a_baseline_that_is_not_a_report_and_send_nothing() throws Exception {
    cli.file("not-a-report.json", "{\"hello\": 1}");
    assertThat(cli.run("benchmark", "--quiet", "--compare-with", "not-a-report.json"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err).contains("not-a-report.json");
    assertThat(stub.requests.get()).isZero();
  }

  @Test
  void should_exit_2_with_file_line_and_suggestion_for_a_config_typo() throws Exception {
    writeConfig("gpt-4o", "    max_concurent_requests: 4");
    assertThat(cli.run("benchmark", "--quiet")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err)
        .contains("trainloop.config.yaml:7:5")
        .contains("max_concurent_requests")
        .contains("did you mean 'max_concurrent_requests'");
    assertThat(stub.requests.get()).isZero();
  }

  @Test
  void should_skip_a_broken_event_line_with_its_file_and_line_and_go_on() throws Exception {
    Path events = dir.resolve("data/events/1764300000000.jsonl");
    Files.writeString(events, Files.readString(events) + "{not json\n");
    assertThat(cli.run("benchmark", "--quiet")).as(cli.err).isZero();
    assertThat(cli.err).contains("1764300000000.jsonl:201").contains("1 malformed line skipped");
    assertThat(latestReport().path("samples").path("malformed_lines").asInt()).isEqualTo(1);
  }

  @Test
  void should_send_nothing_on_a_dry_run() throws Exception {
    assertThat(cli.run("benchmark", "--dry-run")).isZero();
    assertThat(stub.requests.get()).isZero();
    assertThat(cli.out).contains("Dry run plan").contains("production").contains("200");
    assertThat(Files.exists(dir.resolve("data/benchmarks"))).isFalse();
  }

  @Test
  void should_stop_at_the_budget_with_a_partial_report_and_exit_3() throws Exception {
    // gpt-4o: 100 input + 10 output tokens = $0.00035 a call; $0.01 buys about 28 calls
    int code = cli.run("benchmark", "--quiet", "--max-cost", "0.01");
    assertThat(code).as(cli.err).isEqualTo(ExitCodes.RUN_FAILURE);
    JsonNode report = latestReport();
    assertThat(report.path("complete").asBoolean()).isFalse();
    assertThat(report.path("exit_reason").asText()).isEqualTo("budget");
    assertThat(report.path("incomplete_reason").asText()).contains("budget");
    assertThat(report.path("models").path(0).path("cost").path("total_usd").decimalValue())
        .isLessThanOrEqualTo(
            new java.math.BigDecimal("0.01")
                .add(
                    new java.math.BigDecimal("0.00035").multiply(java.math.BigDecimal.valueOf(8))));
    assertThat(stub.requests.get()).isLessThan(200);
  }

  @Test
  void should_exit_1_on_a_missed_gate_only_with_fail_on_gate() throws Exception {
    writeConfig("gpt-4o-mini", "    performance_threshold: 0.9");
    assertThat(cli.run("benchmark", "--quiet")).isZero();
    assertThat(cli.out).contains("production ✗").contains("avg 0.50 < 0.9");
    assertThat(cli.run("benchmark", "--quiet", "--fail-on-gate")).isEqualTo(ExitCodes.REGRESSION);
    assertThat(
            latestReport()
                .path("models")
                .path(0)
                .path("gates")
                .path("performance_threshold")
                .asBoolean())
        .isFalse();
  }

  @Test
  void should_print_the_report_as_json_on_stdout_with_format_json() throws Exception {
    assertThat(cli.run("benchmark", "--quiet", "--format", "json")).isZero();
    JsonNode printed = JSON.readTree(cli.out);
    assertThat(printed.path("schema_version").asInt()).isEqualTo(1);
    assertThat(printed.path("models").path(0).path("score").path("ci95")).hasSize(2);
  }

  @Test
  void should_write_an_html_report_for_an_earlier_run_and_list_history() throws Exception {
    assertThat(cli.run("benchmark", "--quiet")).isZero();
    String runId = cli.onlyRun().getFileName().toString();
    assertThat(cli.run("report", runId, "--html", "out/report.html")).as(cli.err).isZero();
    assertThat(Files.readString(dir.resolve("out/report.html"))).contains("<html").contains(runId);
    assertThat(cli.run("history", "--format", "json")).as(cli.err).isZero();
    assertThat(cli.out).contains(runId).contains("production");
  }

  @Test
  void should_list_prices_with_their_source() {
    assertThat(cli.run("prices")).isZero();
    assertThat(cli.out)
        .contains("gpt-4o-mini")
        .contains("$0.15")
        .contains("$0.60")
        .contains("bundled");
  }

  @Test
  void should_exit_2_for_an_unknown_model_name() {
    assertThat(cli.run("benchmark", "--models", "gpt-5-turbo")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err).contains("no configured model matches 'gpt-5-turbo'");
  }

  private JsonNode latestReport() throws Exception {
    try (var runs = Files.list(dir.resolve("data/benchmarks"))) {
      Path latest = runs.sorted().reduce((a, b) -> b).orElseThrow();
      return JSON.readTree(latest.resolve("report.json").toFile());
    }
  }
}
