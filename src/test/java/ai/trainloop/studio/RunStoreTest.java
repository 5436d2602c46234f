package ai.trainloop.studio;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.compare.ReportFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {
  @TempDir Path data;

  @Test
  void should_list_runs_newest_first_by_started_at_as_comparisons_do() throws Exception {
    // given: two runs whose folder names sort the other way round from started_at, a run in
    // progress (no
    // report.json yet) and one whose report.json was cut short
    ReportFixture.run("2026-01-02_09-00-00")
        .set("started_at", "2026-01-02T08:00:00Z")
        .pass("s", "m", true)
        .writeTo(data);
    ReportFixture.run("2026-01-02_08-30-00")
        .set("started_at", "2026-01-02T08:30:00Z")
        .pass("s", "m", true)
        .writeTo(data);
    Path running = Files.createDirectories(data.resolve("benchmarks/2026-01-05_00-00-00"));
    Files.writeString(running.resolve("results.jsonl"), "");
    Path cut = ReportFixture.run("2026-01-01_00-00-00").pass("s", "m", true).writeTo(data);
    Files.writeString(
        cut, "{\"schema_version\": 1, \"started_at\": \"2026-01-09T00:00:00Z\", \"models\": [");

    // when
    var ids = new RunStore(data).runIds();

    // then
    assertThat(ids)
        .containsExactly(
            "2026-01-05_00-00-00",
            "2026-01-02_08-30-00",
            "2026-01-02_09-00-00",
            "2026-01-01_00-00-00");
  }
}
