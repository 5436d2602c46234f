package ai.trainloop.render;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.format.Formats;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.95, 95%",
    "0.955, 96%",
    "1.0, 100%",
    "0.999, 99%",
    "0.0, 0%",
    "0.001, <1%",
    "0.5, 50%"
  })
  void should_format_pass_rates_without_claiming_all_or_none_falsely(double rate, String expected) {
    assertThat(Formats.percent(rate)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"0.85, 0.85", "1.0, 1.00", "0.845, 0.85", "0.8375, 0.84", "0.0, 0.00"})
  void should_format_scores_with_two_decimals_half_up(double score, String expected) {
    assertThat(Formats.score(score)).isEqualTo(expected);
  }

  @Test
  void should_show_a_score_with_its_interval_only_when_the_interval_is_known() {
    assertThat(Formats.score(0.845, 0.0449)).isEqualTo("0.85 ±0.04");
    assertThat(Formats.score(0.85, (Double) null)).isEqualTo("0.85");
    assertThat(Formats.score(0.85, Double.NaN)).isEqualTo("0.85");
    assertThat(Formats.score(null, 0.04)).isEqualTo("n/a");
  }

  @Test
  void should_format_latency_and_throughput() {
    assertThat(Formats.millis(812.5)).isEqualTo("813 ms");
    assertThat(Formats.millis(1500L)).isEqualTo("1500 ms");
    assertThat(Formats.perSecond(3.24)).isEqualTo("3.2");
    assertThat(Formats.perSecond(0.0456)).isEqualTo("0.046");
    assertThat(Formats.perSecond(null)).isEqualTo("n/a");
  }

  @Test
  void should_draw_a_generic_table_with_right_aligned_columns() throws IOException {
    TextTable t =
        new TextTable(null, List.of("Tag", "Samples", "Est. cost"))
            .align(1, TextTable.Align.RIGHT)
            .align(2, TextTable.Align.RIGHT)
            .addRow("greeting-generation", "20", "$0.0037")
            .addRow("qa", "5");
    StringWriter out = new StringWriter();

    t.render(out, TextTable.Style.ASCII);

    assertThat(out.toString())
        .isEqualTo(
            """
            +---------------------+---------+-----------+
            | Tag                 | Samples | Est. cost |
            +---------------------+---------+-----------+
            | greeting-generation |      20 |   $0.0037 |
            | qa                  |       5 |           |
            +---------------------+---------+-----------+
            """);
  }
}
