package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A result's set-up and timeouts in results.jsonl: written only when there is something to say, and
 * read back; hostile values read safely.
 */
class TimingFieldsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String line(ResultRow row) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ResultsJsonlWriter w = new ResultsJsonlWriter(out)) {
      w.write(row);
    }
    return out.toString(StandardCharsets.UTF_8).strip();
  }

  @Test
  void should_write_set_up_and_timeouts_and_read_them_back() throws Exception {
    ResultRow row =
        TestRows.ok("s1", "openai/gpt-4o", 1.0, 200, 25, 12, "0.0000825").toBuilder()
            .attempts(2)
            .connectMs(31L)
            .timeouts(1)
            .timeoutMs(600L)
            .build();

    String line = line(row);

    assertThat(line).contains("\"connect_ms\":31,\"timeouts\":1,\"timeout_ms\":600");
    assertThat(ResultRowJson.read(JSON.readTree(line), "line 1")).isEqualTo(row);
  }

  @Test
  void should_write_neither_for_a_call_on_an_open_connection_that_never_timed_out()
      throws Exception {
    String line = line(TestRows.ok("s1", "openai/gpt-4o", 1.0, 200, 25, 12, "0.0000825"));

    assertThat(line).doesNotContain("connect_ms", "timeouts", "timeout_ms");
  }

  @Test
  void should_read_a_negative_or_huge_timeout_count_as_at_most_the_attempts_made()
      throws Exception {
    String negative =
        "{\"sample_id\": \"s\", \"model_id\": \"m\", \"attempts\": 2, \"timeouts\": -4,"
            + " \"timeout_ms\": 600}";
    String huge =
        "{\"sample_id\": \"s\", \"model_id\": \"m\", \"attempts\": 3,"
            + " \"timeouts\": 99999999999, \"timeout_ms\": 1}";

    assertThat(ResultRowJson.read(JSON.readTree(negative), "line 1").timeouts()).isZero();
    assertThat(ResultRowJson.read(JSON.readTree(huge), "line 2").timeouts()).isEqualTo(3);
  }
}
