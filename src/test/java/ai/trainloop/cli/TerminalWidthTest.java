package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TerminalWidthTest {
  @Test
  void should_take_the_width_from_the_terminal_itself_before_columns() {
    assertThat(TerminalWidth.of(true, () -> OptionalInt.of(132), Map.of("COLUMNS", "80")))
        .isEqualTo(132);
  }

  @Test
  void should_not_ask_the_terminal_off_a_terminal() {
    assertThat(
            TerminalWidth.of(
                false,
                () -> {
                  throw new AssertionError("stty asked off a terminal");
                },
                Map.of("COLUMNS", "80")))
        .isEqualTo(80);
  }

  @Test
  void should_fall_back_to_columns_then_100_when_the_terminal_gives_no_answer() {
    assertThat(TerminalWidth.of(true, OptionalInt::empty, Map.of("COLUMNS", "90"))).isEqualTo(90);
    assertThat(TerminalWidth.of(true, OptionalInt::empty, Map.of())).isEqualTo(100);
    assertThat(TerminalWidth.of(false, OptionalInt::empty, Map.of("COLUMNS", "wide")))
        .isEqualTo(100);
    assertThat(TerminalWidth.of(false, OptionalInt::empty, Map.of("COLUMNS", "-3"))).isEqualTo(100);
    assertThat(TerminalWidth.of(false, OptionalInt::empty, Map.of("COLUMNS", "10")))
        .isEqualTo(TerminalWidth.MIN);
  }

  @Test
  void should_read_the_columns_of_stty_size_and_refuse_anything_else() {
    assertThat(TerminalWidth.parse("50 132\n")).hasValue(132);
    assertThat(TerminalWidth.parse("")).isEmpty();
    assertThat(TerminalWidth.parse("stty: 'standard input': Inappropriate ioctl")).isEmpty();
    assertThat(TerminalWidth.parse("50 0")).isEmpty();
    assertThat(TerminalWidth.parse(null)).isEmpty();
  }

  @Test
  void should_decide_utf8_from_the_locale_first_then_the_jvm_encoding() {
    assertThat(Terminal.utf8(Map.of("LANG", "C"), "UTF-8")).isFalse();
    assertThat(Terminal.utf8(Map.of("LC_ALL", "POSIX", "LANG", "en_US.UTF-8"), "UTF-8")).isFalse();
    assertThat(Terminal.utf8(Map.of("LC_CTYPE", "en_US.utf8", "LANG", "C"), null)).isTrue();
    assertThat(Terminal.utf8(Map.of("LANG", "de_DE.ISO-8859-1"), "UTF-8")).isFalse();
    assertThat(Terminal.utf8(Map.of(), "ANSI_X3.4-1968")).isFalse();
    assertThat(Terminal.utf8(Map.of(), "UTF-8")).isTrue();
    assertThat(Terminal.utf8(Map.of(), null)).isFalse();
  }

  @Test
  void should_fit_tables_on_a_terminal_or_to_columns_and_not_limit_them_in_a_pipe() {
    Terminal tty = new Terminal(true, true, true, 72);
    assertThat(TerminalWidth.forTables(tty, Map.of("COLUMNS", "200"))).isEqualTo(72);
    assertThat(TerminalWidth.forTables(Terminal.plain(true), Map.of("COLUMNS", "90")))
        .isEqualTo(90);
    assertThat(TerminalWidth.forTables(Terminal.plain(true), Map.of())).isZero();
  }
}
