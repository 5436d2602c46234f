package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.aggregate.RunAggregator;
import ai.trainloop.config.BenchmarkConfig;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.stats.Interval;
import ai.trainloop.testing.Golden;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportWriterTest {
  @TempDir Path dir;

  static RunInfo runInfo() {
    ProviderEntry gpt =
        ProviderEntry.builder()
            .provider("openai")
            .model("gpt-4o")
            .temperature(0.7)
            .maxTokens(1000)
            .build();
    ProviderEntry compatible =
        ProviderEntry.builder()
            .provider("openai-compatible")
            .model("llama3")
            .baseUrl("https://user:secret@llm.example.com:8443/v1?api_key=sk-123")
            .apiKeyEnv("LLAMA_KEY")
            .label("local-llama")
            .build();
    BenchmarkConfig benchmark =
        BenchmarkConfig.builder()
            .providers(List.of(gpt, compatible))
            .maxSamples(40)
            .performanceThreshold(0.8)
            .accuracyWeight(0.8)
            .costWeight(0.2)
            .seed(42L)
            .build();
    TrainloopConfig config =
        new TrainloopConfig(
            Path.of("/project/trainloop.config.yaml"),
            Path.of("/project"),
            Path.of("/project/data"),
            benchmark,
            List.of(),
            List.of(),
            Map.of());
    Map<String, Long> perTag = new LinkedHashMap<>();
    perTag.put("simple-qa", 0L);
    perTag.put("greeting-generation", 20L);
    return new RunInfo(
        "2026-11-28_22-30-00",
        Instant.parse("2026-11-28T22:30:00.123456Z"),
        Instant.parse("2026-11-28T22:31:10.456Z"),
        true,
        null,
        3,
        "model_failed",
        List.of("simple-qa", "greeting-generation"),
        new SampleCounts(20, perTag, 44, 1, 2, 1, 0),
        ConfigSummary.of(config).withOverrides(null, null, 8, null, 0.2));
  }

  /** A report of {@code models} with nothing from the steps after aggregation. */
  static ReportSummary summary(RunInfo run, List<ModelSummary> models) {
    return new ReportSummary("0.1.0", run, models, null, null, null);
  }

  /**
   * The golden report's records: the sample run, its first model with an Avg interval, a gate and a
   * composite, and a recommendation.
   */
  static ReportSummary goldenSummary() {
    List<ModelSummary> models = new ArrayList<>(SampleRun.summaries());
    models.set(
        0,
        models
            .get(0)
            .withIntervals(new Interval(0.8, 0.9), Map.of())
            .withSelection(new ModelSelection(Map.of("performance_threshold", true), null, 0.62)));
    return new ReportSummary(
        "0.1.0",
        runInfo(),
        models,
        new RecommendedModel("openai/gpt-4o", 0.81, "highest composite"),
        null,
        null);
  }

  private Path resultsJsonl() throws IOException {
    Path file = dir.resolve(ResultsJsonlWriter.FILE_NAME);
    try (ResultsJsonlWriter w = new ResultsJsonlWriter(file)) {
      for (ResultRow r : SampleRun.rows().subList(0, 8)) {
        w.write(r);
      }
    }
    return file;
  }

  @Test
  void should_write_the_report_as_the_schema_describes() throws IOException {
    // given a run, its summaries with what other steps added, and its results.jsonl
    Path report = dir.resolve(ReportWriter.FILE_NAME);

    // when
    ReportWriter.Stats stats = ReportWriter.write(report, goldenSummary(), resultsJsonl());

    // then
    assertThat(stats).isEqualTo(new ReportWriter.Stats(8, 0));
    Golden.assertMatches("report/report.json", Files.readString(report));
  }

  @Test
  void should_keep_money_exact_and_in_plain_notation() throws IOException {
    // given a cost that a double would not hold and scientific notation would obscure
    ResultRow row =
        TestRows.ok("s1", SampleRun.GPT.id(), 1.0, 10, 1, 1, "0.00000012345678901234567890");
    Path results = dir.resolve("results.jsonl");
    try (ResultsJsonlWriter w = new ResultsJsonlWriter(results)) {
      w.write(row);
    }
    RunAggregator aggregator = new RunAggregator(List.of(SampleRun.GPT));
    aggregator.add(row);

    // when
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.write(out, summary(runInfo(), aggregator.summaries(Map.of())), results);

    // then
    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"total_usd\": 0.00000012345678901234567890")
        .contains("\"cost_usd\": 0.00000012345678901234567890")
        .doesNotContain("E-");
    JsonNode tree = ReportJson.MAPPER.readTree(json);
    assertThat(tree.at("/models/0/cost/total_usd").decimalValue())
        .isEqualTo(new BigDecimal("0.00000012345678901234567890"));
  }

  @Test
  void should_drop_responses_and_skip_a_truncated_last_line_of_results() throws IOException {
    // given results.jsonl whose last line was cut off by a killed process
    Path results = resultsJsonl();
    Files.writeString(
        results, "{\"sample_id\": \"s9\", \"model_id\": \"openai/gp", StandardOpenOption.APPEND);

    // when
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.Stats stats =
        ReportWriter.write(out, summary(runInfo(), SampleRun.summaries()), results);

    // then
    JsonNode tree = ReportJson.MAPPER.readTree(out.toByteArray());
    assertThat(stats).isEqualTo(new ReportWriter.Stats(8, 1));
    assertThat(tree.get("results")).hasSize(8);
    assertThat(tree.get("results").get(0).has("response")).isFalse();
    assertThat(tree.get("comparisons").isArray()).isTrue();
    assertThat(tree.get("recommendation").isNull()).isTrue();
  }

  @Test
  void should_write_null_cost_for_every_model_when_cost_tracking_is_off() throws IOException {
    RunInfo run = runInfo();
    ConfigSummary off = run.config().toBuilder().trackCosts(false).build();
    RunInfo untracked =
        new RunInfo(
            run.runId(),
            run.startedAt(),
            run.finishedAt(),
            true,
            null,
            0,
            "ok",
            run.tags(),
            run.samples(),
            off);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.write(out, summary(untracked, SampleRun.summaries()), null);

    JsonNode tree = ReportJson.MAPPER.readTree(out.toByteArray());
    assertThat(tree.get("models")).allSatisfy(m -> assertThat(m.get("cost").isNull()).isTrue());
    assertThat(tree.at("/config/track_costs").booleanValue()).isFalse();
  }

  @Test
  void should_never_write_a_secret_from_a_base_url() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.write(out, summary(runInfo(), List.of()), null);

    String json = out.toString(StandardCharsets.UTF_8);
    assertThat(json)
        .doesNotContain("secret", "sk-123", "LLAMA_KEY")
        .contains("\"base_url\": \"https://llm.example.com:8443/v1\"");
  }

  @Test
  void should_replace_an_earlier_report_and_copy_it_for_output() throws IOException {
    Path report = dir.resolve("run/report.json");
    Files.createDirectories(report.getParent());
    Files.writeString(report, "old");

    ReportWriter.write(report, summary(runInfo(), List.of()), null);
    ReportWriter.copy(report, dir.resolve("out/copy.json"));

    assertThat(Files.readString(report)).startsWith("{");
    assertThat(dir.resolve("out/copy.json")).hasSameTextualContentAs(report);
    try (var files = Files.list(report.getParent())) {
      assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("report.json");
    }
  }

  @Test
  void should_read_the_golden_report_back_into_its_records_and_write_it_again_byte_for_byte()
      throws IOException {
    // given the golden report, as the writer wrote it
    Path golden = resource("/report/report.json");

    // when it is read back and written again from the records
    SavedRun read = SavedRunReader.read(golden);
    String again = rewrite(read);

    // then it is the same file, read as the records it was written from
    assertThat(again).isEqualTo(Files.readString(golden));
    ReportSummary expected = goldenSummary();
    assertThat(read.summary().run().config()).isEqualTo(expected.run().config());
    assertThat(read.summary().run().samples()).isEqualTo(expected.run().samples());
    assertThat(read.summary().recommendation()).isEqualTo(expected.recommendation());
    assertThat(read.models())
        .extracting(ModelSummary::status)
        .containsExactly(
            ModelState.OK, ModelState.OK, ModelState.OK, ModelState.FAILED, ModelState.SKIPPED);
    assertThat(read.models().get(0).selection()).isEqualTo(expected.models().get(0).selection());
    assertThat(read.models().get(0).score().ci95()).isEqualTo(new Interval(0.8, 0.9));
    assertThat(read.models().get(0).cost()).isEqualTo(expected.models().get(0).cost());
    assertThat(read.results()).hasSize(8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/studio/data/benchmarks/2026-11-20_09-00-00/report.json",
        "/studio/data/benchmarks/2026-11-27_14-30-00/report.json",
        "/studio/data/benchmarks/2026-11-28_22-30-00/report.json"
      })
  void should_write_a_hand_made_report_in_the_writers_form_once_and_then_keep_it(String name)
      throws IOException {
    // given a report written by hand, with fewer fields and another key order than the writer's
    SavedRun handMade = SavedRunReader.read(resource(name));

    // when it is written, read back and written again
    String once = rewrite(handMade);
    Path written = dir.resolve("once.json");
    Files.writeString(written, once);
    String twice = rewrite(SavedRunReader.read(written));

    // then the writer's form reads back as it was written
    assertThat(twice).isEqualTo(once);
    assertThat(SavedRunReader.read(written).results()).isEqualTo(handMade.results());
  }

  /** A report written again from the records it was read as. */
  private String rewrite(SavedRun run) throws IOException {
    Path rows = Files.createTempFile(dir, "rows", ".jsonl");
    try (ResultsJsonlWriter w = new ResultsJsonlWriter(rows)) {
      for (ResultRow row : run.results()) {
        w.write(row);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWriter.write(out, run.summary(), rows);
    return out.toString(StandardCharsets.UTF_8);
  }

  private Path resource(String name) throws IOException {
    Path copy = Files.createTempFile(dir, "report", ".json");
    try (InputStream in = ReportWriterTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    }
    return copy;
  }
}
