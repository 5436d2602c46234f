package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalWriterTest {
  private final StringWriter sink = new StringWriter();
  private final PrintWriter wrapped = TerminalWriter.wrap(new PrintWriter(sink));

  @Test
  void should_escape_every_way_text_is_printed() {
    wrapped.println("title \u001b]0;pwned\u0007 set");
    wrapped.print('\u009b');
    wrapped.printf("%s%n", "fake \u001b]8;;http://evil\u001b\\link");
    wrapped.write("clear\u001b[2J\r\n".toCharArray(), 0, 8);
    wrapped.append("\u202egnp.exe\tok\n");
    wrapped.flush();

    assertThat(sink.toString())
        .isEqualTo(
            "title \\u001b]0;pwned\\u0007 set"
                + System.lineSeparator()
                + "\\u009bfake \\u001b]8;;http://evil\\u001b\\link"
                + System.lineSeparator()
                + "clear\\u001b[2\\u202egnp.exe\tok\n");
  }

  @Test
  void should_write_only_its_own_control_sequences_raw_and_in_order() {
    wrapped.print("a\u001b[2K");
    TerminalWriter.control(wrapped, "\r\u001b[2K");
    wrapped.print("b");
    wrapped.flush();

    assertThat(sink.toString()).isEqualTo("a\\u001b[2K\r\u001b[2Kb");
  }

  @Test
  void should_wrap_only_once() {
    assertThat(TerminalWriter.wrap(wrapped)).isSameAs(wrapped);
  }
}
