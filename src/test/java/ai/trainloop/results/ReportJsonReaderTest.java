package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonReaderTest {
  @TempDir Path dir;

  @Test
  void should_read_the_report_without_results_and_the_rows_one_at_a_time() throws IOException {
    // given results[] between two other fields
    Path file =
        Files.writeString(
            dir.resolve("report.json"),
            "{\"schema_version\": 1, \"results\": ["
                + "{\"sample_id\": \"s1\", \"model_id\": \"m\", \"cost_usd\": 0.00012},"
                + "{\"sample_id\": \"s2\", \"model_id\": \"m\", \"error\": \"HTTP 500\"}], \"run_id\": \"r\"}");
    List<ResultRow> rows = new ArrayList<>();

    // when
    ObjectNode summary = ReportJsonReader.summary(file);
    boolean found = ReportJsonReader.forEachResult(file, rows::add);

    // then
    assertThat(summary.has("results")).isFalse();
    assertThat(summary.get("run_id").asText()).isEqualTo("r");
    assertThat(found).isTrue();
    assertThat(rows).extracting(ResultRow::sampleId).containsExactly("s1", "s2");
    assertThat(rows.get(0).costUsd()).isEqualTo("0.00012");
    assertThat(rows.get(1).ok()).isFalse();
  }

  @Test
  void should_say_when_there_is_no_results_array_or_no_object() throws IOException {
    Path noResults = Files.writeString(dir.resolve("a.json"), "{\"schema_version\": 1}");
    Path array = Files.writeString(dir.resolve("b.json"), "[1, 2]");

    assertThat(ReportJsonReader.forEachResult(noResults, row -> {})).isFalse();
    assertThat(ReportJsonReader.summary(array)).isNull();
  }

  @Test
  void should_name_the_row_and_key_of_a_bad_result() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("report.json"),
            "{\"results\": [{\"sample_id\": \"s1\", \"model_id\": \"m\"}, {\"sample_id\": \"s2\", \"model_id\": 7}]}");

    assertThatThrownBy(() -> ReportJsonReader.forEachResult(file, row -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("results[1].model_id: expected a string");
  }
}
