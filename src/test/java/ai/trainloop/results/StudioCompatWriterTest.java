package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.SuiteSpec;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.testing.Golden;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudioCompatWriterTest {
  @TempDir Path runDir;

  private static final List<ProviderEntry> MODELS =
      List.of(
          ProviderEntry.builder()
              .provider("openai")
              .model("gpt-4o")
              .temperature(0.7)
              .maxTokens(1000)
              .build(),
          ProviderEntry.of("openai", "gpt-4o-mini"),
          ProviderEntry.of("recorded", "recorded"),
          ProviderEntry.of("google", "gemini-2.0-flash"));

  private StudioRun run() {
    return new StudioRun(
        "2026-11-28_22-30-00",
        LocalDateTime.parse("2026-11-28T22:30:00.123456"),
        MODELS,
        StudioRun.metricsByTag(
            List.of(
                new SuiteSpec(
                    "greeting-generation", List.of("has_greeting_word", "is_short"), null),
                new SuiteSpec("simple-qa", List.of("is_short"), null))));
  }

  private void givenRunFolder(Predicate<ResultRow> keep) throws IOException {
    try (SamplesJsonlWriter w =
        new SamplesJsonlWriter(runDir.resolve(SamplesJsonlWriter.FILE_NAME))) {
      for (int i = 0; i < 20; i++) {
        String id = String.format("s%02d", i);
        w.write(
            new RecordedCall(
                id,
                "greeting-generation",
                List.of(
                    new ChatMessage("system", "You write short greetings."),
                    new ChatMessage("user", "Greet " + id)),
                "Hello " + id + "!",
                "gpt-4o-mini",
                Map.of(),
                1234L,
                "events/1.jsonl:" + (i + 1)));
      }
      w.write(
          new RecordedCall(
              "q1",
              "simple-qa",
              List.of(new ChatMessage("user", "2+2?")),
              "4",
              "gpt-4o-mini",
              Map.of(),
              null,
              "events/1.jsonl:21"));
    }
    try (ResultsJsonlWriter w =
        new ResultsJsonlWriter(runDir.resolve(ResultsJsonlWriter.FILE_NAME))) {
      for (ResultRow r : SampleRun.rows()) {
        if (keep.test(r)) {
          w.write(r);
        }
      }
    }
  }

  private List<JsonNode> lines(String file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(runDir.resolve(file))) {
      out.add(ReportJson.MAPPER.readTree(line));
    }
    return out;
  }

  @Test
  void should_write_one_file_per_metric_in_studios_shape() throws IOException {
    // given two samples' results (one of them a failed call for gpt-4o-mini and gemini)
    givenRunFolder(r -> Set.of("s00", "s17").contains(r.sampleId()));

    // when
    List<Path> files = new StudioCompatWriter().write(runDir, run());

    // then
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("has_greeting_word.jsonl", "is_short.jsonl");
    Golden.assertMatches(
        "report/studio-is_short.jsonl", Files.readString(runDir.resolve("is_short.jsonl")));
  }

  @Test
  void should_count_results_errors_and_costs_per_model_in_the_summary_line() throws IOException {
    // given the whole sample run
    givenRunFolder(r -> true);

    // when
    new StudioCompatWriter().write(runDir, run());

    // then: 20 samples × 4 models result lines between metadata and summary
    List<JsonNode> lines = lines("is_short.jsonl");
    assertThat(lines).hasSize(82);
    assertThat(lines.get(0).get("type").asText()).isEqualTo("metadata");
    assertThat(lines.get(0).at("/data/total_samples").asLong())
        .isEqualTo(21); // 20 greetings + 1 simple-qa
    assertThat(lines.subList(1, 81))
        .allSatisfy(l -> assertThat(l.get("type").asText()).isEqualTo("result"));
    JsonNode summary = lines.get(81);
    assertThat(summary.get("type").asText()).isEqualTo("summary");
    JsonNode mini = summary.at("/data/provider_summaries/openai~1gpt-4o-mini");
    assertThat(mini.get("total_evaluations").asLong()).isEqualTo(20);
    assertThat(mini.get("passed").asLong()).isEqualTo(17);
    assertThat(mini.get("errors").asLong()).isEqualTo(3);
    assertThat(mini.get("pass_rate").asDouble()).isEqualTo(0.85);
    assertThat(mini.get("avg_latency_ms").asDouble()).isEqualTo(380.0);
    assertThat(mini.get("total_cost").decimalValue()).isEqualByComparingTo("0.0001785");
    JsonNode recorded = summary.at("/data/provider_summaries/recorded");
    assertThat(recorded.get("total_cost").isNull()).isTrue(); // unknown, never 0
    assertThat(summary.at("/data/total_providers").asInt()).isEqualTo(4);
    assertThat(lines("has_greeting_word.jsonl").get(0).at("/data/total_samples").asLong())
        .isEqualTo(20);
  }

  @Test
  void should_write_a_failed_call_as_an_error_line_with_the_recorded_prompt() throws IOException {
    givenRunFolder(r -> r.sampleId().equals("s17") && r.modelId().equals("openai/gpt-4o-mini"));

    new StudioCompatWriter().write(runDir, run());

    JsonNode error = lines("has_greeting_word.jsonl").get(1);
    assertThat(error.get("passed").asInt()).isZero();
    assertThat(error.get("score").isNull()).isTrue();
    assertThat(error.get("reason").asText()).isEqualTo("Provider error: HTTP 500 from provider");
    assertThat(error.at("/provider_result/error").asText()).isEqualTo("HTTP 500 from provider");
    assertThat(error.at("/provider_result/verdict").asInt()).isZero();
    assertThat(error.at("/sample/model").asText()).isEqualTo("openai/gpt-4o-mini");
    assertThat(error.at("/sample/input/1/content").asText()).isEqualTo("Greet s17");
  }

  @Test
  void should_never_let_a_metric_file_overwrite_the_runs_own_files() {
    assertThat(StudioCompatWriter.fileName("results", List.of())).isEqualTo("results_metric.jsonl");
    assertThat(StudioCompatWriter.fileName("Samples", List.of())).isEqualTo("Samples_metric.jsonl");
    assertThat(StudioCompatWriter.fileName("../etc/passwd", List.of()))
        .isEqualTo("metric_.._etc_passwd.jsonl");
    assertThat(StudioCompatWriter.fileName("a b", List.of("a_b.jsonl"))).isEqualTo("a_b-2.jsonl");
  }

  @Test
  void should_leave_no_temporary_files_behind() throws IOException {
    givenRunFolder(r -> true);

    new StudioCompatWriter().write(runDir, run());

    try (var files = Files.list(runDir)) {
      assertThat(files)
          .extracting(p -> p.getFileName().toString())
          .containsExactlyInAnyOrder(
              "results.jsonl", "samples.jsonl", "has_greeting_word.jsonl", "is_short.jsonl");
    }
  }
}
