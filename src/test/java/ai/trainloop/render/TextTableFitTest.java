package ai.trainloop.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableFitTest {
  private static TextTable table() {
    return new TextTable(null, List.of("Model", "Avg"))
        .minWidth(0, 31)
        .addRow("anthropic/claude-3-5-sonnet-20241022", "0.85")
        .addRow("openai/gpt-4o", "0.80");
  }

  private static String render(TextTable t, TextTable.Style style) throws Exception {
    StringWriter out = new StringWriter();
    t.render(out, style);
    return out.toString();
  }

  @Test
  void should_shorten_long_model_ids_in_the_middle_to_fit_a_narrow_terminal() throws Exception {
    String text = render(table().fitTo(30), TextTable.Style.BOX);

    assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(30));
    assertThat(text).contains("│ anthropic…-20241022 │").contains("│ openai/gpt-4o       │");
  }

  @Test
  void should_use_three_dots_in_ascii() throws Exception {
    String text = render(table().fitTo(30), TextTable.Style.ASCII);

    assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(30));
    assertThat(text).contains("| anthropi...20241022 |");
  }

  @Test
  void should_keep_the_table_as_it_is_when_it_fits_or_has_no_limit() throws Exception {
    String wide = render(table(), TextTable.Style.BOX);

    assertThat(render(table().fitTo(200), TextTable.Style.BOX)).isEqualTo(wide);
    assertThat(wide).contains("anthropic/claude-3-5-sonnet-20241022");
  }

  @Test
  void should_not_shorten_below_the_shortest_width_even_on_a_tiny_terminal() throws Exception {
    String text = render(table().fitTo(5), TextTable.Style.BOX);

    assertThat(text).contains("│ anthro…41022 │");
  }

  @Test
  void should_shorten_the_named_column_when_the_model_ids_are_not_first() throws Exception {
    TextTable t =
        new TextTable(null, List.of("Run", "Model", "Avg"))
            .addRow("2026-01-02_12-00-00", "anthropic/claude-3-5-sonnet-20241022", "0.85")
            .addRow("", "openai/gpt-4o", "0.80");

    String text = render(t.fitTo(50, 1), TextTable.Style.BOX);

    assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(50));
    assertThat(text)
        .contains("│ 2026-01-02_12-00-00 │ anthropi…20241022 │")
        .contains("│                     │ openai/gpt-4o     │");
  }

  @Test
  void should_widen_only_the_column_whose_cells_need_it_among_uniform_columns() throws Exception {
    TextTable t =
        new TextTable(null, List.of("Model", "Avg", "Min", "Samples"))
            .uniformFrom(1)
            .widerWhenNeeded(1)
            .addRow("m", "0.97 [0.91, 1.00]", "0.50", "20");
    TextTable narrow =
        new TextTable(null, List.of("Model", "Avg", "Min", "Samples"))
            .uniformFrom(1)
            .widerWhenNeeded(1)
            .addRow("m", "0.97", "0.50", "20");

    assertThat(render(t, TextTable.Style.ASCII))
        .contains("| m     | 0.97 [0.91, 1.00] | 0.50    | 20      |");
    assertThat(render(narrow, TextTable.Style.ASCII))
        .contains("| m     | 0.97    | 0.50    | 20      |");
  }
}
