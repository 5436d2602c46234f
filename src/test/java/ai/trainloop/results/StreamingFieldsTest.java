package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.aggregate.RunAggregator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A streamed run's figures through the one report model: a result's {@code ttft_ms} and {@code
 * output_tokens_per_second}, a model's {@code latency_ms.ttft_p50/p95}, {@code
 * output_tokens_per_second} and {@code streamed}, written only for streamed calls and read back.
 */
class StreamingFieldsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ModelRef GPT = new ModelRef("openai/gpt-4o", "openai", "gpt-4o");

  private static String line(ResultRow row) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ResultsJsonlWriter w = new ResultsJsonlWriter(out)) {
      w.write(row);
    }
    return out.toString(StandardCharsets.UTF_8).strip();
  }

  private static ResultRow streamed(String id, long latency, long ttft, double tps) {
    return TestRows.ok(id, GPT.id(), 1.0, latency, 25, 12, "0.0000825").toBuilder()
        .streamed(true)
        .ttftMs(ttft)
        .outputTokensPerSecond(tps)
        .build();
  }

  @Test
  void should_write_a_streamed_results_fields_and_read_them_back() throws Exception {
    // given
    ResultRow row = streamed("s1", 400, 120, 42.5);

    // when
    String line = line(row);

    // then
    assertThat(line)
        .contains("\"streamed\":true,\"ttft_ms\":120,\"output_tokens_per_second\":42.5");
    assertThat(ResultRowJson.read(JSON.readTree(line), "line 1")).isEqualTo(row);
  }

  @Test
  void should_write_no_streaming_field_for_a_call_not_streamed() throws Exception {
    // when
    String line = line(TestRows.ok("s1", GPT.id(), 1.0, 200, 25, 12, "0.0000825"));

    // then
    assertThat(line).doesNotContain("streamed", "ttft_ms", "output_tokens_per_second");
  }

  @Test
  void should_summarise_ttft_percentiles_and_median_tokens_per_second_and_read_them_back() {
    // given 20 streamed calls: first tokens at 100..119 ms, 10..29 tokens a second
    RunAggregator aggregator = new RunAggregator(List.of(GPT));
    for (int i = 0; i < 20; i++) {
      aggregator.add(streamed("s" + i, 400, 100 + i, 10 + i));
    }
    ModelSummary m = aggregator.summary(GPT.id(), ModelStatus.ok(Duration.ofSeconds(4), null));

    // when
    ObjectNode written = ModelJson.of(m, true);
    ModelSummary read = ModelJsonReader.read(written, "models[0]");

    // then nearest rank: p50 the 10th value, p95 the 19th; the median of the rates
    JsonNode latency = written.path("latency_ms");
    assertThat(latency.path("ttft_p50").asLong()).isEqualTo(109);
    assertThat(latency.path("ttft_p95").asLong()).isEqualTo(118);
    assertThat(written.path("output_tokens_per_second").asDouble()).isEqualTo(19.0);
    assertThat(written.path("streamed").asBoolean()).isTrue();
    assertThat(read.latency()).isEqualTo(m.latency());
  }

  @Test
  void should_leave_a_model_not_streamed_as_its_report_was() {
    // given
    RunAggregator aggregator = new RunAggregator(List.of(GPT));
    aggregator.add(TestRows.ok("s1", GPT.id(), 1.0, 200, 25, 12, "0.0000825"));
    ModelSummary m = aggregator.summary(GPT.id(), ModelStatus.ok(Duration.ofSeconds(4), null));

    // when
    ObjectNode written = ModelJson.of(m, true);

    // then
    assertThat(written.has("streamed")).isFalse();
    assertThat(written.has("output_tokens_per_second")).isFalse();
    assertThat(written.path("latency_ms").has("ttft_p50")).isFalse();
    assertThat(ModelJsonReader.read(written, "models[0]").latency().streamed()).isFalse();
  }
}
