package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.compare.BaselineComparator;
import ai.trainloop.compare.Comparison;
import ai.trainloop.config.CompareConfig;
import ai.trainloop.provider.stub.StubProvider;
import ai.trainloop.render.ComparisonJson;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ReportWriter;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.ResultsJsonlWriter;
import ai.trainloop.results.SavedRun;
import ai.trainloop.results.SavedRunReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real run's report.json, with every part a run writes (gates, decision matrix, intervals,
 * pairwise comparisons, the baseline comparison), reads back into the records it was written from.
 */
class ReportRoundTripEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private MockWebServer server;
  private CliHarness cli;

  /** gpt-4o says "yes" to two prompts in three, gpt-4o-mini to one in two. */
  private final StubProvider stub =
      new StubProvider(
          call -> {
            int i = Integer.parseInt(call.prompt().substring(1));
            boolean yes = call.model().equals("gpt-4o") ? i % 3 != 0 : i % 2 == 0;
            return new StubProvider.Text(yes ? "yes" : "no", 100, 10);
          });

  @BeforeEach
  void setUp() throws Exception {
    server = new MockWebServer();
    server.setDispatcher(stub);
    server.start();
    String base = server.url("/v1").toString();
    cli = new CliHarness(dir).events("qa", 60);
    cli.file(
        "trainloop.config.yaml",
        """
        trainloop:
          data_folder: data
          benchmark:
            providers:
              - {provider: openai, model: gpt-4o, base_url: "%s"}
              - {provider: openai, model: gpt-4o-mini, base_url: "%s"}
            performance_threshold: 0.6
            priorities: {accuracy: 0.7, cost: 0.3}
          eval:
            metrics:
              says_yes: {type: contains, any: ["yes"]}
            suites:
              - {tag: qa, metrics: [says_yes]}
        """
            .formatted(base, base));
    cli.env.put("OPENAI_API_KEY", "sk-test");
  }

  @AfterEach
  void tearDown() throws Exception {
    server.close();
  }

  @Test
  void should_write_a_run_report_read_back_byte_for_byte_and_compare_it_as_the_run_did()
      throws Exception {
    // given a baseline run, and a detailed run compared with it
    Path baseline = dir.resolve("baseline.json");
    Path current = dir.resolve("current.json");
    assertThat(cli.run("benchmark", "--quiet", "--output", baseline.toString()))
        .as(cli.err)
        .isZero();
    assertThat(
            cli.run(
                "benchmark",
                "--quiet",
                "--detailed",
                "--compare-with",
                baseline.toString(),
                "--output",
                current.toString()))
        .as(cli.err)
        .isZero();

    // when its report is read back and written again from the records
    SavedRun read = SavedRunReader.read(current);
    Path rows = dir.resolve("rows.jsonl");
    try (ResultsJsonlWriter w = new ResultsJsonlWriter(rows)) {
      for (ResultRow row : read.results()) {
        w.write(row);
      }
    }
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    ReportWriter.write(again, read.summary(), rows);

    // then it is the same file, every part of it read as records
    assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(current));
    assertThat(read.models())
        .hasSize(2)
        .allSatisfy(
            m -> {
              assertThat(m.selection().gates()).containsKey("performance_threshold");
              assertThat(m.selection().normalized()).containsKeys("accuracy", "cost");
              assertThat(m.score().ci95().known()).isTrue();
              assertThat(m.metrics().get("says_yes").ci95()).isNotNull();
            });
    assertThat(read.models()).extracting(ModelSummary::id).contains("openai/gpt-4o");
    assertThat(read.summary().recommendation().modelId()).isNotNull();
    assertThat(read.summary().comparisons()).hasSize(1);
    // and the comparison the run made in memory is the one its report gives once read back
    Comparison recomputed =
        new BaselineComparator(CompareConfig.DEFAULT).compare(read, SavedRunReader.read(baseline));
    assertThat(ComparisonJson.toJson(recomputed))
        .isEqualTo(JSON.readTree(current.toFile()).get("baseline"));
  }
}
