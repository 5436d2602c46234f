package ai.trainloop.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trainloop.compare.ReportFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLocatorTest {
  @TempDir Path data;

  @Test
  void should_order_runs_by_run_id_with_numeric_suffixes() {
    // given
    for (String id :
        List.of(
            "2026-01-02_10-00-00",
            "2026-01-02_10-00-00-10",
            "2026-01-01_23-59-59",
            "2026-01-02_10-00-00-2")) {
      ReportFixture.run(id).pass("s", "m", true).writeTo(data);
    }

    // when
    List<String> order =
        RunLocator.reports(data).stream().map(p -> p.getParent().getFileName().toString()).toList();

    // then
    assertThat(order)
        .containsExactly(
            "2026-01-01_23-59-59",
            "2026-01-02_10-00-00",
            "2026-01-02_10-00-00-2",
            "2026-01-02_10-00-00-10");
  }

  @Test
  void should_resolve_latest_and_previous_skipping_the_run_in_progress_and_folders_without_report()
      throws Exception {
    // given
    ReportFixture.run("2026-01-01_00-00-00").pass("s", "m", true).writeTo(data);
    ReportFixture.run("2026-01-02_00-00-00").pass("s", "m", true).writeTo(data);
    ReportFixture.run("2026-01-03_00-00-00").pass("s", "m", true).writeTo(data);
    Files.createDirectories(data.resolve("benchmarks/2026-01-04_00-00-00"));

    // when
    Path latest = RunLocator.resolve("latest", data, data, "2026-01-03_00-00-00");
    Path previous = RunLocator.resolve("previous", data, data, null);

    // then
    assertThat(latest.getParent().getFileName()).hasToString("2026-01-02_00-00-00");
    assertThat(previous.getParent().getFileName()).hasToString("2026-01-02_00-00-00");
  }

  @Test
  void should_fail_clearly_when_there_is_no_earlier_run_or_no_file() {
    assertThatThrownBy(() -> RunLocator.resolve("previous", data, data, null))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("no second earlier run");
    assertThatThrownBy(() -> RunLocator.resolve("baseline.json", data, data, null))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageContaining("no such file (given as --compare-with baseline.json)");
  }

  @Test
  void should_resolve_a_relative_file_against_the_working_directory() throws Exception {
    Path file = Files.writeString(data.resolve("benchmark-20240101.json"), "{}");

    assertThat(RunLocator.resolve("benchmark-20240101.json", data, data, null)).isEqualTo(file);
  }

  @Test
  void should_take_latest_and_previous_by_started_at_not_by_folder_name() throws Exception {
    // given: a run from a machine at UTC+1 whose folder name sorts after a later run from a machine
    // at UTC,
    // and a run with the newest name whose report.json was cut short
    ReportFixture.run("2026-01-02_09-00-00")
        .set("started_at", "2026-01-02T08:00:00Z")
        .pass("s", "m", true)
        .writeTo(data);
    ReportFixture.run("2026-01-02_08-30-00")
        .set("started_at", "2026-01-02T08:30:00.250Z")
        .pass("s", "m", true)
        .writeTo(data);
    Path cut = ReportFixture.run("2026-01-02_10-00-00").pass("s", "m", true).writeTo(data);
    Files.writeString(cut, Files.readString(cut).substring(0, 80));

    // when
    Path latest = RunLocator.resolve("latest", data, data, null);
    Path previous = RunLocator.resolve("previous", data, data, null);
    List<RunLocator.Run> runs = RunLocator.runs(data);

    // then
    assertThat(latest.getParent().getFileName()).hasToString("2026-01-02_08-30-00");
    assertThat(previous.getParent().getFileName()).hasToString("2026-01-02_09-00-00");
    assertThat(RunLocator.reports(data)).containsExactly(previous, latest);
    assertThat(runs)
        .filteredOn(r -> !r.readable())
        .singleElement()
        .satisfies(r -> assertThat(r.problem()).startsWith(cut + ": not valid JSON"));
  }

  @Test
  void should_order_by_started_at_with_any_offset_and_fall_back_to_the_folder_name() {
    assertThat(RunOrder.parse("2026-01-02T09:00:00+01:00"))
        .contains(java.time.Instant.parse("2026-01-02T08:00:00Z"));
    assertThat(RunOrder.parse("yesterday")).isEmpty();
    ReportFixture.run("2026-01-05_00-00-00")
        .set("started_at", null)
        .pass("s", "m", true)
        .writeTo(data);
    ReportFixture.run("2026-01-06_00-00-00")
        .set("started_at", "2026-01-01T00:00:00Z")
        .pass("s", "m", true)
        .writeTo(data);

    assertThat(RunLocator.runs(data))
        .extracting(RunLocator.Run::runId)
        .containsExactly("2026-01-06_00-00-00", "2026-01-05_00-00-00");
  }
}
