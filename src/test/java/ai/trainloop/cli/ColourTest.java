package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColourTest {
  private final StringWriter sink = new StringWriter();
  private final PrintWriter wrapped = TerminalWriter.wrap(new PrintWriter(sink));

  @Test
  void should_colour_missed_gates_and_changes_on_a_colour_terminal() {
    TerminalWriter.colored(wrapped);
    wrapped.print("openai/gpt-4o ✗ | -0.070 ↓ | +0.1 ↑ | fine");
    wrapped.flush();

    assertThat(sink.toString())
        .isEqualTo(
            "openai/gpt-4o \u001b[31m✗\u001b[0m | -0.070 \u001b[31m↓\u001b[0m"
                + " | +0.1 \u001b[32m↑\u001b[0m | fine");
  }

  @Test
  void should_not_colour_unless_asked_and_never_outside_escapes() {
    wrapped.print("a ✗ \u001b[31mred");
    wrapped.flush();

    assertThat(sink.toString()).isEqualTo("a ✗ \\u001b[31mred");
  }

  @Test
  void should_drop_colour_with_no_color_or_a_dumb_terminal_and_keep_it_otherwise() {
    Terminal colour = new Terminal(false, true, true, 100);

    assertThat(colour.under(Map.of("NO_COLOR", "1")).color()).isFalse();
    assertThat(colour.under(Map.of("TERM", "dumb")).color()).isFalse();
    assertThat(colour.under(Map.of("LANG", "C")).utf8()).isFalse();
    assertThat(colour.under(Map.of()).color()).isTrue();
    assertThat(Terminal.plain(true).color()).isFalse();
  }
}
