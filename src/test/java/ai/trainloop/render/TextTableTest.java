package ai.trainloop.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void should_draw_rules_between_groups_but_not_at_the_ends_nor_twice() throws IOException {
    // given two groups, a rule before the first row, a doubled rule and a rule after the last row
    TextTable t =
        new TextTable(null, List.of("Run", "Cost"))
            .alignRight(1)
            .addRule()
            .addRow("r1", "$0.01")
            .addRule()
            .addRule()
            .addRow("r2", "$0.005")
            .addRule();
    StringWriter out = new StringWriter();

    // when
    t.render(out, TextTable.Style.ASCII);

    // then one rule separates the groups, and the header stays left-aligned over a right-aligned
    // column
    assertThat(out.toString())
        .isEqualTo(
            """
            +-----+--------+
            | Run | Cost   |
            +-----+--------+
            | r1  |  $0.01 |
            +-----+--------+
            | r2  | $0.005 |
            +-----+--------+
            """);
    assertThat(t.rowCount()).isEqualTo(2);
  }

  @Test
  void should_keep_hostile_cells_on_one_line_escaped_and_aligned() throws IOException {
    TextTable t =
        new TextTable("Tag \u001b]0;x\u0007", List.of("Model\n", "Tag"))
            .addRow("gpt\u001b[2J", "two\nlines");
    StringWriter out = new StringWriter();

    t.render(out, TextTable.Style.ASCII);

    assertThat(out.toString())
        .isEqualTo(
            """
            Tag \\u001b]0;x\\u0007
            +--------------+------------+
            | Model\\n      | Tag        |
            +--------------+------------+
            | gpt\\u001b[2J | two\\nlines |
            +--------------+------------+
            """);
  }
}
