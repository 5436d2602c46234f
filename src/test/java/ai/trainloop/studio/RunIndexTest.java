package ai.trainloop.studio;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.RepeatReducer;
import ai.trainloop.results.ResultRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a run folder as it may be found: half-written, without samples.jsonl, or with only
 * report.json.
 */
class RunIndexTest {
  @TempDir Path temp;

  private Path run(String id) throws IOException {
    return StudioFixtures.copyTo(temp.resolve("data")).resolve("benchmarks").resolve(id);
  }

  @Test
  void should_show_a_repeated_sample_once_per_model_at_its_reduced_score() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("repeated"));
    String line =
        "{\"sample_id\":\"s1\",\"tag\":\"qa\",\"model_id\":\"m\",\"score\":%s,"
            + "\"metrics\":{\"c\":%s},\"metric_errors\":{},\"error\":null,\"attempts\":1,"
            + "\"wait_ms\":0,\"response\":\"%s\",\"repeat\":%d}\n";
    Files.writeString(
        folder.resolve("results.jsonl"),
        line.formatted("0.0", "0.0", "first", 0)
            + line.formatted("1.0", "1.0", "second", 1)
            + line.formatted("1.0", "1.0", "third", 2));

    RunIndex mean = RunIndex.load(folder, List.of(), List.of(), null);
    RunIndex min = RunIndex.load(folder, List.of(), List.of(), RepeatReducer.MIN);

    assertThat(mean.samples()).hasSize(1);
    ResultRow row = mean.samples().get(0).results().get(0);
    assertThat(row.score()).isEqualTo(2.0 / 3);
    assertThat(row.response()).isEqualTo("first");
    assertThat(min.samples().get(0).results().get(0).score()).isZero();
  }

  @Test
  void should_skip_a_half_written_last_line_and_count_it() throws IOException {
    Path folder = run(StudioFixtures.PARTIAL_RUN);
    Files.writeString(
        folder.resolve("results.jsonl"), "{\"sample_id\":\"abc\",\"mod", StandardOpenOption.APPEND);

    RunIndex index = RunIndex.load(folder, List.of(), List.of());

    assertThat(index.skippedLines()).isEqualTo(1);
    assertThat(index.samples()).hasSize(6); // 10 benchmarked, interrupted after 6
    assertThat(index.models())
        .containsExactly("openai/gpt-4o", "openai/gpt-4o-mini", "gemini/gemini-2.0-flash");
  }

  @Test
  void should_fall_back_to_report_results_when_results_jsonl_is_gone() throws IOException {
    Path folder = run(StudioFixtures.OLD_RUN);
    Files.delete(folder.resolve("results.jsonl"));
    Files.delete(folder.resolve("samples.jsonl"));

    RunIndex index =
        RunStore.loadIndex(
            folder, StudioReportReader.summary(folder.resolve("report.json")).summary());

    assertThat(index.samples()).hasSize(8);
    assertThat(index.samples().get(0).input()).isEmpty();
    assertThat(index.samples().get(0).results().get(0).score()).isNotNull();
    assertThat(index.tags()).containsExactly("greeting-generation", "simple-qa");
  }

  @Test
  void should_list_a_run_without_report_json_as_not_yet_reported() throws Exception {
    Path folder = run(StudioFixtures.PARTIAL_RUN);
    Files.delete(folder.resolve("report.json"));
    RunStore store = new RunStore(temp.resolve("data"));

    assertThat(store.runIds()).contains(StudioFixtures.PARTIAL_RUN);
    assertThat(
            store
                .report(StudioFixtures.PARTIAL_RUN)
                .orElseThrow()
                .json()
                .get("report_missing")
                .asBoolean())
        .isTrue();
    assertThat(store.index(StudioFixtures.PARTIAL_RUN).orElseThrow().samples()).hasSize(6);
  }

  @Test
  void should_reread_a_run_whose_results_grew() throws Exception {
    Path folder = run(StudioFixtures.PARTIAL_RUN);
    RunStore store = new RunStore(temp.resolve("data"));
    RunIndex before = store.index(StudioFixtures.PARTIAL_RUN).orElseThrow();
    String line =
        Files.readAllLines(folder.resolve("results.jsonl"))
            .get(0)
            .replaceFirst("\"sample_id\": \"[0-9a-f]+\"", "\"sample_id\": \"ffffffffffffffff\"");
    Files.writeString(folder.resolve("results.jsonl"), line + "\n", StandardOpenOption.APPEND);

    RunIndex after = store.index(StudioFixtures.PARTIAL_RUN).orElseThrow();

    assertThat(after.samples()).hasSize(before.samples().size() + 1);
  }

  @Test
  void should_choose_bins_of_a_readable_width_covering_the_99th_percentile() {
    assertThat(LatencyHistogram.binWidth(List.of())).isEqualTo(100);
    assertThat(LatencyHistogram.binWidth(List.of(100L, 900L, 1500L))).isEqualTo(100);
    assertThat(LatencyHistogram.binWidth(List.of(3000L, 9000L))).isEqualTo(500);
    assertThat(RunHistory.nearestRank(List.of(5L, 1L, 3L, 2L, 4L), 0.95)).isEqualTo(5L);
  }

  @Test
  void should_list_runs_newest_first_with_the_same_second_suffix_compared_as_a_number()
      throws IOException {
    Path data = temp.resolve("ordered");
    for (String id :
        List.of("2026-01-01_00-00-00", "2026-01-01_00-00-00-2", "2026-01-01_00-00-00-10")) {
      Files.createDirectories(data.resolve("benchmarks").resolve(id));
      Files.writeString(data.resolve("benchmarks").resolve(id).resolve("report.json"), "{}");
    }

    List<String> ids = new RunStore(data).runIds();

    assertThat(ids)
        .containsExactly("2026-01-01_00-00-00-10", "2026-01-01_00-00-00-2", "2026-01-01_00-00-00");
  }
}
