package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code trainloop benchmark --batch} against both vendors' batch APIs on a local server: nothing
 * sent synchronously, exact figures at half price, results matched by custom id, a killed run
 * collected by {@code --resume} without creating its batches again, errors resent alone.
 */
class BatchEndToEndTest {
  @TempDir Path dir;
  private MockWebServer server;
  private final BatchVendorStub vendor = new BatchVendorStub();
  private CliHarness cli;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    vendor.serve(server);
    server.start();
    cli = new CliHarness(dir);
    cli.env.put("OPENAI_API_KEY", StubbedProject.OPENAI_KEY);
    cli.env.put("ANTHROPIC_API_KEY", StubbedProject.ANTHROPIC_KEY);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Both vendors' models at $1 / $2 a million tokens, n samples, these benchmark lines. */
  private void project(int samples, String openaiExtra, String benchmarkExtra) throws Exception {
    String openai = server.url("/v1").toString();
    String anthropic = server.url("/").toString().replaceAll("/$", "");
    String price = "pricing: {input_per_million: 1, output_per_million: 2}";
    cli.events("qa", samples)
        .file(
            "trainloop.config.yaml",
            """
            trainloop:
              data_folder: data
              benchmark:
                providers:
                  - {provider: openai, model: gpt-4o-mini, base_url: "%s", %s%s}
                  - {provider: anthropic, model: claude-haiku-4-5, base_url: "%s", %s}
            %s
              eval:
                metrics:
                  says_yes: {type: contains, any: ["yes"]}
                suites:
                  - {tag: qa, metrics: [says_yes]}
            """
                .formatted(
                    openai,
                    price,
                    openaiExtra.isEmpty() ? "" : ", " + openaiExtra,
                    anthropic,
                    price,
                    benchmarkExtra.indent(4).stripTrailing()));
  }

  private JsonNode report() throws Exception {
    return StubbedProject.JSON.readTree(cli.onlyRun().resolve("report.json").toFile());
  }

  private List<JsonNode> rows() throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(cli.onlyRun().resolve("results.jsonl"))) {
      rows.add(StubbedProject.JSON.readTree(line));
    }
    return rows;
  }

  /** Sample id to its prompt ("q3"), from samples.jsonl. */
  private Map<String, String> prompts() throws Exception {
    Map<String, String> prompts = new HashMap<>();
    for (String line : Files.readAllLines(cli.onlyRun().resolve("samples.jsonl"))) {
      JsonNode input = StubbedProject.JSON.readTree(line).path("input");
      prompts.put(
          StubbedProject.JSON.readTree(line).path("sample_id").asText(),
          input.path(input.size() - 1).path("content").asText());
    }
    return prompts;
  }

  private static String expected(String prompt) {
    return Integer.parseInt(prompt.substring(1)) % 2 == 0 ? "yes" : "no";
  }

  @Test
  void should_send_every_call_through_the_batch_apis_at_half_price_matched_by_custom_id()
      throws Exception {
    project(4, "", "");

    int code = cli.run("benchmark", "--quiet", "--batch", "--batch-poll", "1");

    assertThat(code).as(cli.err).isZero();
    assertThat(vendor.anySynchronous()).as(vendor.calls.toString()).isFalse();
    assertThat(vendor.created()).isEqualTo(2);
    JsonNode report = report();
    for (String id : List.of("openai/gpt-4o-mini", "anthropic/claude-haiku-4-5")) {
      JsonNode m = StubbedProject.model(report, id);
      // 4 × (100 in × $0.50 + 10 out × $1.00) / 1M at the batch price
      assertThat(new BigDecimal(m.path("cost").path("total_usd").asText()))
          .isEqualByComparingTo("0.00024");
      // the reversed results land on their own samples: even prompts say yes
      assertThat(m.path("score").path("mean").asDouble()).isEqualTo(0.5);
    }
    Map<String, String> prompts = prompts();
    assertThat(rows()).hasSize(8);
    for (JsonNode row : rows()) {
      assertThat(row.path("latency_ms").isNull()).as(row.toString()).isTrue();
      assertThat(row.path("response").asText())
          .as(row.toString())
          .isEqualTo(expected(prompts.get(row.path("sample_id").asText())));
    }
    assertThat(cli.onlyRun().resolve("batches.json")).exists();
  }
}
