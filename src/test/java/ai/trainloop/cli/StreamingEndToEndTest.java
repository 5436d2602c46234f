package ai.trainloop.cli;

import static ai.trainloop.cli.StubbedProject.entry;
import static ai.trainloop.cli.StubbedProject.model;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --stream} against the stub of the three vendors: time to first token, output tokens per
 * second and exact tokens and cost in report.json, results.jsonl and the Response Times table; the
 * decision matrix's speed by time to first token.
 */
class StreamingEndToEndTest {
  private static final int SAMPLES = 4;

  @TempDir Path dir;

  /** Every reply takes 200 ms: its headers after 100, its events over the next 100. */
  private static StubProvider.Reply script(StubProvider.Call call) {
    return new StubProvider.Text("yes", 10, 4, 200);
  }

  @Test
  void should_report_time_to_first_token_and_tokens_per_second_for_the_three_vendors()
      throws Exception {
    try (StubbedProject project = new StubbedProject(dir, StreamingEndToEndTest::script)) {
      int code =
          project
              .config(
                  SAMPLES,
                  List.of(
                      entry("openai", "gpt-4o", ""),
                      entry("anthropic", "claude-3-5-haiku-20241022", ""),
                      entry("google", "gemini-2.0-flash", "")),
                  "max_concurrent_requests: 4\n")
              .cli
              .run("benchmark", "--quiet", "--stream");

      assertThat(code).as(project.cli.err).isZero();
      JsonNode report = project.report();
      for (String id :
          List.of(
              "openai/gpt-4o", "anthropic/claude-3-5-haiku-20241022", "google/gemini-2.0-flash")) {
        JsonNode m = model(report, id);
        JsonNode latency = m.path("latency_ms");
        assertThat(m.path("samples").asLong()).as(id + " " + project.cli.err).isEqualTo(SAMPLES);
        assertThat(m.path("streamed").asBoolean()).as(id).isTrue();
        // the first token comes after the headers (100 ms) and before the end
        assertThat(latency.path("ttft_p50").asLong())
            .as(id)
            .isBetween(90L, latency.path("p50").asLong());
        assertThat(latency.path("ttft_p95").asLong())
            .as(id)
            .isGreaterThanOrEqualTo(latency.path("ttft_p50").asLong());
        assertThat(m.path("output_tokens_per_second").asDouble()).as(id).isPositive();
        // tokens as the stream reported them, so the cost is exact
        assertThat(m.path("tokens").path("output").asLong()).as(id).isEqualTo(4L * SAMPLES);
        assertThat(m.path("tokens").path("input").asLong()).as(id).isEqualTo(10L * SAMPLES);
        assertThat(m.path("cost").path("total_usd").isNumber()).as(id).isTrue();
      }
      for (JsonNode row : project.resultsJsonl()) {
        assertThat(row.path("streamed").asBoolean()).isTrue();
        assertThat(row.path("ttft_ms").asLong())
            .isLessThanOrEqualTo(row.path("latency_ms").asLong());
        assertThat(row.path("output_tokens_per_second").isNumber()).isTrue();
        assertThat(row.path("response").asText()).isEqualTo("yes");
      }
      // the Response Times table is shown with its streaming columns
      assertThat(project.cli.out).contains("Response Times:", "TTFT p50", "TTFT p95", "Tok/s");
    }
  }

  @Test
  void should_weigh_speed_by_time_to_first_token_and_leave_an_unstreamed_model_unranked()
      throws Exception {
    try (StubbedProject project = new StubbedProject(dir, StreamingEndToEndTest::script)) {
      project
          .config(
              SAMPLES,
              List.of(
                  entry("openai", "gpt-4o", ""), entry("openai", "gpt-4o-mini", "stream: false")),
              """
              stream: true
              speed_measure: ttft
              priorities: {accuracy: 0.5, speed: 0.5}
              """)
          .cli
          .run("benchmark", "--quiet");

      JsonNode report = project.report();
      JsonNode streamed = model(report, "openai/gpt-4o");
      JsonNode whole = model(report, "openai/gpt-4o-mini");
      assertThat(streamed.path("streamed").asBoolean()).as(project.cli.err).isTrue();
      assertThat(streamed.path("composite").isNumber()).as(streamed.toString()).isTrue();
      // the entry's own stream: false comes first; without a time to first token it has no speed
      assertThat(whole.has("streamed")).isFalse();
      assertThat(whole.path("latency_ms").has("ttft_p50")).isFalse();
      assertThat(whole.path("composite").isNull()).as(whole.toString()).isTrue();
      assertThat(project.cli.out + project.cli.err).contains("speed_measure ttft needs streamed");
    }
  }

  @Test
  void should_refuse_an_unknown_speed_measure_naming_the_key() throws Exception {
    try (StubbedProject project = new StubbedProject(dir, StreamingEndToEndTest::script)) {
      int code =
          project
              .config(SAMPLES, List.of(entry("openai", "gpt-4o", "")), "speed_measure: fastest\n")
              .cli
              .run("benchmark", "--quiet");

      assertThat(code).isEqualTo(2);
      assertThat(project.cli.err)
          .contains("trainloop.config.yaml", "speed_measure", "expected total or ttft");
    }
  }
}
