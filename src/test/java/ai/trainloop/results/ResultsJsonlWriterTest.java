package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.events.RecordedCall;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonlWriterTest {
  @TempDir Path dir;

  @Test
  void should_have_each_line_on_disk_as_soon_as_it_is_written() throws IOException {
    // given an open writer
    Path file = dir.resolve("run/results.jsonl");
    try (ResultsJsonlWriter writer = new ResultsJsonlWriter(file)) {
      // when one row is written and the writer is left open (as when the process is killed next)
      writer.write(TestRows.ok("s1", "openai/gpt-4o", 1.0, 812, 25, 12, "0.0000825"));

      // then the complete line is already in the file
      List<String> lines = Files.readAllLines(file);
      assertThat(lines).hasSize(1);
      assertThat(lines.get(0))
          .isEqualTo(
              "{\"sample_id\":\"s1\",\"tag\":\"greeting-generation\","
                  + "\"model_id\":\"openai/gpt-4o\",\"score\":1.0,\"metrics\":{\"quality\":1.0},\"metric_errors\":{},"
                  + "\"latency_ms\":812,\"input_tokens\":25,\"output_tokens\":12,\"cost_usd\":0.0000825,\"error\":null,"
                  + "\"attempts\":1,\"wait_ms\":0,\"response\":\"Hello s1\"}");
    }
  }

  @Test
  void should_write_what_a_call_sent_as_params_and_read_it_back_but_leave_it_out_of_the_report()
      throws IOException {
    Path file = dir.resolve("results.jsonl");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("temperature", 0.3);
    params.put("stop", List.of("END"));
    params.put("tools", List.of("get_weather"));
    ResultRow row =
        TestRows.ok("s1", "openai/gpt-4o", 1.0, 812, 25, 12, "0.0000825").toBuilder()
            .params(params)
            .build();
    try (ResultsJsonlWriter writer = new ResultsJsonlWriter(file)) {
      writer.write(row);
    }

    assertThat(Files.readString(file))
        .contains(
            "\"response\":\"Hello s1\",\"params\":{\"temperature\":0.3,\"stop\":[\"END\"],"
                + "\"tools\":[\"get_weather\"]}}");
    List<ResultRow> back = new ArrayList<>();
    ResultsJsonlReader.forEach(file, back::add);
    assertThat(back.get(0).params()).containsOnlyKeys("temperature", "stop", "tools");
    assertThat(((Number) back.get(0).params().get("temperature")).doubleValue()).isEqualTo(0.3);
    assertThat(back.get(0).params().get("tools")).isEqualTo(List.of("get_weather"));
    assertThat(back.get(0).withoutResponse().params()).isEmpty();
  }

  @Test
  void should_write_whole_lines_when_many_threads_write_at_once() throws Exception {
    // given 8 threads released together, each writing 1,000 rows with a reply that needs escaping
    Path file = dir.resolve("results.jsonl");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    try (ResultsJsonlWriter writer = new ResultsJsonlWriter(file)) {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < 1_000; i++) {
                    ResultRow r = TestRows.ok("t" + thread + "-" + i, "m", 0.5, i, 1, 1, "0.1");
                    writer.write(
                        ResultRow.builder()
                            .sampleId(r.sampleId())
                            .tag(r.tag())
                            .modelId(r.modelId())
                            .score(r.score())
                            .metrics(r.metrics())
                            .metricErrors(r.metricErrors())
                            .latencyMs(r.latencyMs())
                            .inputTokens(r.inputTokens())
                            .outputTokens(r.outputTokens())
                            .costUsd(r.costUsd())
                            .attempts(1)
                            .waitMs(0)
                            .response("line one\nline \"two\" </script> ✓")
                            .build());
                  }
                  return null;
                }));
      }
      // when
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    // then every line is one complete row and none is lost or repeated
    Set<String> ids = new HashSet<>();
    ResultsJsonlReader.Stats stats =
        ResultsJsonlReader.forEach(
            file,
            row -> {
              assertThat(row.response()).isEqualTo("line one\nline \"two\" </script> ✓");
              ids.add(row.sampleId());
            });
    assertThat(stats).isEqualTo(new ResultsJsonlReader.Stats(8_000, 0));
    assertThat(ids).hasSize(8_000);
    assertThat(Files.readAllLines(file)).hasSize(8_000);
  }

  @Test
  void should_read_back_exactly_what_was_written() throws IOException {
    // given a failed row and a row whose metric threw, with an exact cost
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("is_short", 1.0);
    metrics.put("json_valid", 0.0);
    ResultRow scored =
        ResultRow.builder()
            .sampleId("s1")
            .tag("qa")
            .modelId("m")
            .score(0.5)
            .metrics(metrics)
            .metricErrors(Map.of("json_valid", "Unexpected token"))
            .latencyMs(900L)
            .inputTokens(10L)
            .outputTokens(20L)
            .costUsd(new BigDecimal("0.000000000000000001"))
            .attempts(2)
            .waitMs(1500)
            .response("{oops")
            .build();
    ResultRow failed = TestRows.failed("s2", "m", 6, 60_000);
    Path file = dir.resolve("results.jsonl");
    try (ResultsJsonlWriter writer = new ResultsJsonlWriter(file)) {
      writer.write(scored);
      writer.write(failed);
    }

    // when
    List<ResultRow> back = new ArrayList<>();
    ResultsJsonlReader.forEach(file, back::add);

    // then
    assertThat(back).containsExactly(scored, failed);
    assertThat(new ArrayList<>(back.get(0).metrics().keySet()))
        .containsExactly("is_short", "json_valid");
  }

  @Test
  void should_append_to_an_existing_results_file() throws IOException {
    Path file = dir.resolve("results.jsonl");
    try (ResultsJsonlWriter writer = new ResultsJsonlWriter(file)) {
      writer.write(TestRows.failed("s1", "m", 1, 0));
    }
    try (ResultsJsonlWriter writer = new ResultsJsonlWriter(file)) {
      writer.write(TestRows.failed("s2", "m", 1, 0));
    }

    assertThat(Files.readAllLines(file)).hasSize(2);
  }

  @Test
  void should_write_samples_with_their_prompt_and_recorded_reply() throws IOException {
    Path file = dir.resolve("samples.jsonl");
    try (SamplesJsonlWriter writer = new SamplesJsonlWriter(file)) {
      writer.writeAll(
          List.of(
              new RecordedCall(
                  "3f2a",
                  "greeting-generation",
                  List.of(
                      new ChatMessage("system", "Be brief."), new ChatMessage("user", "Greet Ada")),
                  "Hello Ada!",
                  "gpt-4o-mini",
                  Map.of("temperature", 0.7),
                  1234L,
                  "events/1.jsonl:3")));
    }

    List<String> lines = Files.readAllLines(file);
    assertThat(lines)
        .containsExactly(
            "{\"sample_id\":\"3f2a\",\"tag\":\"greeting-generation\",\"input\":["
                + "{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Greet Ada\"}],"
                + "\"recorded_output\":\"Hello Ada!\",\"recorded_model\":\"gpt-4o-mini\"}");
    JsonNode node = ReportJson.MAPPER.readTree(lines.get(0));
    assertThat(node.get("input")).hasSize(2);
  }
}
