package ai.trainloop.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharsTest {
  @Test
  void should_escape_terminal_controls_and_keep_newlines_tabs_and_ordinary_text() {
    String hostile =
        "a\u001b[2J\rb\u0007\u007f\u009b31m\u202eevil\u2028x\u2066y\ttab\nline é ✓ \\u";

    String shown = ControlChars.escape(hostile);

    assertThat(shown)
        .isEqualTo(
            "a\\u001b[2J\\u000db\\u0007\\u007f\\u009b31m\\u202eevil\\u2028x\\u2066y\ttab\n"
                + "line é ✓ \\u");
    assertThat(shown.chars().filter(c -> ControlChars.escaped((char) c))).isEmpty();
  }

  @Test
  void should_keep_a_table_cell_on_one_line() {
    assertThat(ControlChars.singleLine("two\nlines\tand \u001b]0;title\u0007"))
        .isEqualTo("two\\nlines\\tand \\u001b]0;title\\u0007");
  }

  @Test
  void should_return_plain_text_unchanged() {
    String plain = "openai/gpt-4o-mini · 0.85 ±0.02 │ naïve";

    assertThat(ControlChars.escape(plain)).isSameAs(plain);
    assertThat(ControlChars.singleLine(plain)).isSameAs(plain);
  }
}
