package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.aggregate.RunAggregator;
import ai.trainloop.chat.ToolCall;
import ai.trainloop.eval.FinishReason;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reply's tool calls and finish reason in results.jsonl, and truncated replies per model. */
class ReplyFieldsTest {
  private static final ModelRef GPT = new ModelRef("openai/gpt-4o", "openai", "gpt-4o");

  @TempDir Path dir;

  private static ResultRow ended(String sample, FinishReason reason, String raw) {
    return TestRows.ok(sample, GPT.id(), 1.0, 100, 10, 5, "0.001").toBuilder()
        .finishReason(reason)
        .finishReasonRaw(raw)
        .build();
  }

  @Test
  void should_write_tool_calls_and_finish_reason_to_results_jsonl_and_read_them_back()
      throws IOException {
    // given a reply with a valid and an invalid tool call
    ResultRow row =
        ended("s1", FinishReason.TOOL_CALLS, "tool_calls").toBuilder()
            .response("")
            .toolCalls(
                List.of(
                    new ToolCall("call_1", "get_weather", "{\"city\": \"Paris\"}"),
                    new ToolCall("call_2", "get_time", "{\"city\": \"Par")))
            .build();
    Path file = dir.resolve("results.jsonl");
    try (ResultsJsonlWriter writer = new ResultsJsonlWriter(file)) {
      writer.write(row);
    }
    // then the line holds the arguments as JSON, the broken ones as the string written, and says so
    JsonNode line = ReportJson.MAPPER.readTree(Files.readString(file));
    assertThat(line.get("tool_calls").toString())
        .isEqualTo(
            "[{\"id\":\"call_1\",\"name\":\"get_weather\",\"arguments\":{\"city\":\"Paris\"}},"
                + "{\"id\":\"call_2\",\"name\":\"get_time\",\"arguments\":\"{\\\"city\\\": \\\"Par\","
                + "\"arguments_error\":\"not a JSON object\"}]");
    assertThat(line.get("finish_reason").asText()).isEqualTo("tool_calls");
    assertThat(line.get("finish_reason_raw").asText()).isEqualTo("tool_calls");
    assertThat(line.get("response").asText()).isEmpty();
    // and the reader gives them back
    List<ResultRow> back = new ArrayList<>();
    ResultsJsonlReader.forEach(file, back::add);
    assertThat(back.get(0).toolCalls())
        .containsExactly(
            new ToolCall("call_1", "get_weather", "{\"city\":\"Paris\"}"),
            new ToolCall("call_2", "get_time", "{\"city\": \"Par"));
    assertThat(back.get(0).finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(back.get(0).finishReasonRaw()).isEqualTo("tool_calls");
  }

  @Test
  void should_leave_reply_fields_out_of_a_row_without_them_and_out_of_the_report() {
    ResultRow row = TestRows.ok("s1", GPT.id(), 1.0, 100, 10, 5, "0.001");
    assertThat(row.toolCalls()).isEmpty();
    assertThat(row.finishReason()).isNull();
    ResultRow withCalls =
        ended("s1", FinishReason.LENGTH, "max_tokens").toBuilder()
            .toolCalls(List.of(new ToolCall("", "f", "{}")))
            .build();
    // report.json rows keep no calls; the finish reason stays for the counts
    assertThat(withCalls.withoutResponse().toolCalls()).isEmpty();
    assertThat(withCalls.withoutResponse().truncated()).isTrue();
  }

  @Test
  void should_refuse_tool_calls_that_are_not_a_list_naming_the_key() {
    JsonNode bad;
    try {
      bad =
          ReportJson.MAPPER.readTree(
              "{\"sample_id\": \"s1\", \"model_id\": \"m\", \"tool_calls\": {\"name\": \"f\"}}");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResultRowJson.read(bad, "line 3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("tool_calls");
  }

  @Test
  void should_count_replies_cut_at_the_token_limit_and_keep_the_count_through_report_json() {
    // given two replies cut at the limit, one that stopped, and a failed call
    RunAggregator aggregator = new RunAggregator(List.of(GPT));
    aggregator.add(ended("s1", FinishReason.LENGTH, "length"));
    aggregator.add(ended("s2", FinishReason.LENGTH, "max_tokens"));
    aggregator.add(ended("s3", FinishReason.STOP, "stop"));
    aggregator.add(TestRows.failed("s4", GPT.id(), 3, 0));
    // when
    ModelSummary summary =
        aggregator.summary(GPT.id(), ModelStatus.ok(Duration.ofSeconds(1), null));
    // then
    assertThat(summary.truncated()).isEqualTo(2);
    JsonNode written = ModelJson.of(summary, true);
    assertThat(written.get("truncated").asLong()).isEqualTo(2);
    assertThat(ModelJsonReader.read(written, "models[0]").truncated()).isEqualTo(2);
  }

  @Test
  void should_read_a_report_without_truncated_as_none() throws IOException {
    JsonNode old = ReportJson.MAPPER.readTree("{\"id\": \"openai/gpt-4o\"}");
    assertThat(ModelJsonReader.read(old, "models[0]").truncated()).isZero();
  }
}
