package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trainloop.compare.ReportFixture;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedRunReaderTest {
  @TempDir Path dir;

  @Test
  void should_read_models_results_and_exact_costs_of_a_version_1_report() {
    // given
    Path file =
        ReportFixture.run("2026-11-28_22-30-00")
            .gates("m", Map.of("performance_threshold", false))
            .pass("s1", "m", true, 812, "0.0000825")
            .error("s2", "m", "HTTP 500")
            .writeTo(dir);

    // when
    SavedRun report = SavedRunReader.read(file);

    // then
    assertThat(report.runId()).isEqualTo("2026-11-28_22-30-00");
    assertThat(report.models()).extracting(ModelSummary::id).containsExactly("m");
    assertThat(report.models().get(0).selection().missedGates())
        .containsExactly("performance_threshold");
    ResultRow first = report.results().get(0);
    assertThat(first.costUsd()).isEqualTo(new BigDecimal("0.0000825"));
    assertThat(first.latencyMs()).isEqualTo(812L);
    assertThat(first.metrics()).containsEntry("correct", 1.0);
    assertThat(report.results().get(1).ok()).isFalse();
    assertThat(report.results().get(1).score()).isNull();
  }

  @Test
  void should_read_an_unknown_status_word_and_the_missing_fields_of_an_older_report()
      throws IOException {
    // given a report whose model has only an id and a status word this version does not know
    Path file =
        write(
            "{\"schema_version\": 1, \"run_id\": \"r\", \"models\": [{\"id\": \"m\", \"status\":"
                + " \"paused\"}, {\"id\": \"n\"}], \"results\": []}");

    // when
    SavedRun report = SavedRunReader.read(file);

    // then it reads, the unknown figures unknown and the missing status ok
    ModelSummary m = report.models().get(0);
    assertThat(m.status()).isEqualTo(ModelState.UNKNOWN);
    assertThat(m.samples()).isZero();
    assertThat(m.score().mean()).isNull();
    assertThat(m.cost()).isNull();
    assertThat(m.selection()).isNull();
    assertThat(report.models().get(1).status()).isEqualTo(ModelState.OK);
    assertThat(report.summary().run().config()).isNull();
    assertThat(report.summary().recommendation()).isNull();
    assertThat(report.complete()).isTrue();
  }

  @Test
  void should_reject_a_status_that_is_not_a_word_naming_the_file_and_the_key() throws IOException {
    Path file =
        write(
            "{\"schema_version\": 1, \"models\": [{\"id\": \"m\"}, {\"id\": \"n\", \"status\": 3}],"
                + " \"results\": []}");

    assertThatThrownBy(() -> SavedRunReader.read(file))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("models[1].status: expected a word")
        .hasMessageContaining("got 3");
  }

  @Test
  void should_name_the_key_path_of_a_model_figure_of_the_wrong_type() throws IOException {
    Path file =
        write(
            "{\"schema_version\": 1, \"models\": [{\"id\": \"m\", \"score\": {\"mean\": \"high\"}}],"
                + " \"results\": []}");

    assertThatThrownBy(() -> SavedRunReader.read(file))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("models[0].score.mean: expected a number or null");
  }

  @Test
  void should_reject_a_report_without_schema_version_naming_the_file() throws IOException {
    Path file = write("{\"run_id\": \"x\", \"models\": [], \"results\": []}");

    assertThatThrownBy(() -> SavedRunReader.read(file))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("no schema_version");
  }

  @Test
  void should_reject_a_newer_schema_version_and_say_to_upgrade() throws IOException {
    Path file = write("{\"schema_version\": 2, \"models\": [], \"results\": []}");

    assertThatThrownBy(() -> SavedRunReader.read(file))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("schema_version 2 was written by a newer trainloop")
        .hasMessageContaining("upgrade trainloop");
  }

  @Test
  void should_reject_an_older_schema_version() throws IOException {
    Path file = write("{\"schema_version\": 0, \"models\": [], \"results\": []}");

    assertThatThrownBy(() -> SavedRunReader.read(file))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("schema_version 0 is older than this trainloop reads (1)");
  }

  @Test
  void should_reject_invalid_json_and_a_missing_file() throws IOException {
    Path broken = write("{\"schema_version\": 1, ");

    assertThatThrownBy(() -> SavedRunReader.read(broken))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> SavedRunReader.read(dir.resolve("nope.json")))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("no such file");
  }

  @Test
  void should_name_the_key_path_of_a_bad_result_row() throws IOException {
    Path file =
        write(
            "{\"schema_version\": 1, \"models\": [], \"results\": [{\"sample_id\": \"a\", \"model_id\": "
                + "\"m\"}, {\"model_id\": \"m\"}]}");

    assertThatThrownBy(() -> SavedRunReader.read(file))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("results[1].sample_id: missing");
  }

  @Test
  void should_reject_a_report_without_results() throws IOException {
    Path file = write("{\"schema_version\": 1, \"models\": []}");

    assertThatThrownBy(() -> SavedRunReader.read(file))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("results: missing or not an array");
  }

  private Path write(String json) throws IOException {
    Path file = dir.resolve("baseline.json");
    Files.writeString(file, json);
    return file;
  }
}
