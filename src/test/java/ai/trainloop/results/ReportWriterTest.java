package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.aggregate.RunAggregator;
import ai.trainloop.config.BenchmarkConfig;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.TrainloopConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
  @TempDir Path dir;

  record Recommendation(String modelId, double composite, String reason) {}

  static RunInfo runInfo() {
    ProviderEntry gpt =
        new ProviderEntry(
            "openai", "gpt-4o", 0.7, 1000, null, null, null, null, null, null, null, null);
    ProviderEntry compatible =
        new ProviderEntry(
            "openai-compatible",
            "llama3",
            null,
            null,
            "https://user:secret@llm.example.com:8443/v1?api_key=sk-123",
            "LLAMA_KEY",
            "local-llama",
            null,
            null,
            null,
            null,
            null);
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
    // given a run, its summaries, extras from other steps, and its results.jsonl
    Map<String, Object> gptExtras = new LinkedHashMap<>();
    gptExtras.put("score", Map.of("ci95", List.of(0.8, 0.9)));
    gptExtras.put("gates", Map.of("performance_threshold", true));
    gptExtras.put("composite", 0.62);
    ReportExtras extras =
        new ReportExtras(
            new Recommendation("openai/gpt-4o", 0.81, "highest composite"),
            null,
            null,
            Map.of("openai/gpt-4o", gptExtras));
    Path report = dir.resolve(ReportWriter.FILE_NAME);

    // when
    ReportWriter.Stats stats =
        new ReportWriter("0.1.0")
            .write(report, runInfo(), SampleRun.summaries(), extras, resultsJsonl());

    // then
    assertThat(stats).isEqualTo(new ReportWriter.Stats(8, 0));
    Golden.assertMatches(Files.readString(report), "report.json");
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
    new ReportWriter("0.1.0")
        .write(out, runInfo(), aggregator.summaries(Map.of()), ReportExtras.NONE, results);

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
        new ReportWriter("0.1.0")
            .write(out, runInfo(), SampleRun.summaries(), ReportExtras.NONE, results);

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
    ConfigSummary c = run.config();
    ConfigSummary off =
        new ConfigSummary(
            c.configFile(),
            c.dataFolder(),
            c.maxSamples(),
            c.seed(),
            c.maxConcurrentRequests(),
            c.requestDelaySeconds(),
            c.temperatureOverride(),
            false,
            c.performanceThreshold(),
            c.costThreshold(),
            c.maxResponseTimeSeconds(),
            c.priorities(),
            c.providers(),
            c.replayParams());
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
    new ReportWriter("0.1.0").write(out, untracked, SampleRun.summaries(), ReportExtras.NONE, null);

    JsonNode tree = ReportJson.MAPPER.readTree(out.toByteArray());
    assertThat(tree.get("models")).allSatisfy(m -> assertThat(m.get("cost").isNull()).isTrue());
    assertThat(tree.at("/config/track_costs").booleanValue()).isFalse();
  }

  @Test
  void should_never_write_a_secret_from_a_base_url() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ReportWriter("0.1.0").write(out, runInfo(), List.of(), ReportExtras.NONE, null);

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

    new ReportWriter("0.1.0").write(report, runInfo(), List.of(), ReportExtras.NONE, null);
    ReportWriter.copy(report, dir.resolve("out/copy.json"));

    assertThat(Files.readString(report)).startsWith("{");
    assertThat(dir.resolve("out/copy.json")).hasSameTextualContentAs(report);
    try (var files = Files.list(report.getParent())) {
      assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("report.json");
    }
  }
}
