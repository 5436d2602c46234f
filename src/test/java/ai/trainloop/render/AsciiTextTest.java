package ai.trainloop.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiTextTest {
  @Test
  void should_give_every_symbol_trainloop_prints_an_ascii_stand_in() {
    assertThat(AsciiText.of("0.85 ±0.02 × 3 · a… — b → c ✓ ✗ ↑↓ ÷ −1 ≤ ≥ µs"))
        .isEqualTo("0.85 +/-0.02 x 3 | a... -- b -> c ok [x] ^v / -1 <= >= us");
  }

  @Test
  void should_draw_boxes_with_plus_minus_and_bar() {
    assertThat(AsciiText.of("┌─┬─┐│├┼┤└┴┘═║█░")).isEqualTo("+-+-+|++++++=|#-");
  }

  @Test
  void should_leave_out_emoji_with_their_space_and_strip_accents() {
    assertThat(AsciiText.of("📊 Benchmark Results")).isEqualTo("Benchmark Results");
    assertThat(AsciiText.of("café naïve 👍🏽 ok ❤️ x")).isEqualTo("cafe naive ok x");
  }

  @Test
  void should_turn_anything_else_into_a_question_mark_and_keep_ascii_as_is() {
    String plain = "plain text, 100% ascii";
    assertThat(AsciiText.of(plain)).isSameAs(plain);
    assertThat(AsciiText.of("日本 ok")).isEqualTo("?? ok");
    assertThat(AsciiText.of("a\uD83D")).isEqualTo("a?");
  }

  @Test
  void should_measure_ascii_tables_as_they_are_printed() throws Exception {
    TextTable t = new TextTable("Scores ±", java.util.List.of("Model", "Avg"));
    t.addRow("gpt…", "0.50 ±0.01");
    java.io.StringWriter out = new java.io.StringWriter();
    t.render(out, TextTable.Style.ASCII);

    assertThat(out.toString())
        .isEqualTo(
            """
            Scores +/-
            +--------+--------------+
            | Model  | Avg          |
            +--------+--------------+
            | gpt... | 0.50 +/-0.01 |
            +--------+--------------+
            """);
  }
}
