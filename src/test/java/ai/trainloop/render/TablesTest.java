package ai.trainloop.render;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.aggregate.RunAggregator;
import ai.trainloop.config.BenchmarkConfig;
import ai.trainloop.render.TableOptions.Section;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.SampleRun;
import ai.trainloop.testing.Golden;
import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablesTest {
  private static String render(TableOptions options, List<ModelSummary> models) throws IOException {
    StringWriter out = new StringWriter();
    new Tables(options).render(models, out);
    return out.toString();
  }

  @Test
  void should_draw_performance_and_cost_tables_in_box_characters() throws IOException {
    String text = render(TableOptions.defaults(), SampleRun.summaries());

    Golden.assertMatches("report/tables-box.txt", text);
  }

  @Test
  void should_draw_the_same_tables_in_ascii_without_emoji() throws IOException {
    String text =
        render(
            new TableOptions(TextTable.Style.ASCII, EnumSet.of(Section.COSTS)),
            SampleRun.summaries());

    Golden.assertMatches("report/tables-ascii.txt", text);
    assertThat(text).doesNotContain("│", "─", "📊", "—").contains("+-", "| Model");
  }

  @Test
  void should_add_response_times_and_one_table_per_metric_when_detailed() throws IOException {
    String text = render(TableOptions.defaults().withDetail(), SampleRun.summaries());

    Golden.assertMatches("report/tables-detailed.txt", text);
    assertThat(text).contains("Response Times:", "Metric: has_greeting_word", "Metric: is_short");
  }

  @Test
  void should_leave_out_cost_analysis_when_cost_tracking_is_off() throws IOException {
    String text =
        render(
            new TableOptions(TextTable.Style.ASCII, EnumSet.of(Section.RESPONSE_TIMES)),
            SampleRun.summaries());

    Golden.assertMatches("report/tables-no-costs.txt", text);
    assertThat(text).doesNotContain("Cost Analysis", "$");
  }

  @Test
  void should_print_unknown_cost_as_na_never_as_zero_dollars() throws IOException {
    String text = render(TableOptions.defaults(), SampleRun.summaries());

    String recordedCostRow =
        text.lines().filter(l -> l.startsWith("│ recorded ")).skip(1).findFirst().orElseThrow();
    assertThat(recordedCostRow).contains("n/a").doesNotContain("$0");
  }

  @Test
  void should_list_a_skipped_model_under_the_tables_instead_of_as_a_row_of_zeros()
      throws IOException {
    String text = render(TableOptions.defaults(), SampleRun.summaries());

    assertThat(text).doesNotContain("│ anthropic/claude-3-haiku");
    assertThat(text).endsWith("skipped: anthropic/claude-3-haiku — set ANTHROPIC_API_KEY\n");
  }

  @Test
  void should_flag_a_model_above_five_percent_errors_with_a_footnote() throws IOException {
    String text = render(TableOptions.defaults(), SampleRun.summaries());

    assertThat(text)
        .contains("│ 3 *     │")
        .contains(
            "* openai/gpt-4o-mini: 3 of 20 calls failed (15%), "
                + "so its Avg, Min and Max cover only the 17 prompts it answered.");
    assertThat(text)
        .contains("* google/gemini-2.0-flash: all 20 calls failed, so it has no score.");
  }

  @Test
  void should_say_so_when_no_model_was_benchmarked() throws IOException {
    RunAggregator aggregator = new RunAggregator(List.of(SampleRun.HAIKU));
    List<ModelSummary> models = aggregator.summaries(SampleRun.statuses());

    String text = render(TableOptions.defaults(), models);

    assertThat(text)
        .isEqualTo(
            """
            📊 Benchmark Results Summary
            ════════════════════════════════

            No model was benchmarked.

            skipped: anthropic/claude-3-haiku — set ANTHROPIC_API_KEY
            """);
  }

  @Test
  void should_show_response_times_with_track_response_times_or_detailed() {
    BenchmarkConfig plain = BenchmarkConfig.builder().build();
    BenchmarkConfig timed = BenchmarkConfig.builder().trackResponseTimes(true).build();

    assertThat(TableOptions.forRun(TextTable.Style.BOX, plain).shows(Section.RESPONSE_TIMES))
        .isFalse();
    assertThat(TableOptions.forRun(TextTable.Style.BOX, timed).shows(Section.RESPONSE_TIMES))
        .isTrue();
    assertThat(
            TableOptions.forRun(TextTable.Style.BOX, plain)
                .withDetail()
                .shows(Section.RESPONSE_TIMES))
        .isTrue();
  }

  @Test
  void should_leave_out_cost_analysis_for_a_run_without_track_costs() {
    BenchmarkConfig noCosts = BenchmarkConfig.builder().trackCosts(false).build();

    assertThat(TableOptions.forRun(TextTable.Style.ASCII, noCosts).withDetail().sections())
        .containsExactlyInAnyOrder(Section.RESPONSE_TIMES, Section.PER_METRIC);
  }
}
