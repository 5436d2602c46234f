package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A fake terminal (stderr as a terminal, captured raw): a warning printed while the progress line
 * is shown clears the line, goes on its own line, and the progress line is drawn again after it.
 */
class LiveLineTest {
  private static final String CLEAR = "\r\u001b[2K";
  private final StringWriter screen = new StringWriter();
  private final PrintWriter err = TerminalWriter.wrap(new PrintWriter(screen, true));

  @Test
  void should_clear_the_progress_line_before_a_warning_and_redraw_it_after() {
    AtomicLong nanos = new AtomicLong();
    Terminal tty = new Terminal(true, true, false, 120);
    Progress progress = new Progress(err, tty, nanos::get, Map.of("openai/gpt-4o", 4L));

    progress.draw();
    String line = progress.line();
    err.println("warning: rate limited");
    err.flush();

    assertThat(screen.toString())
        .isEqualTo(line + CLEAR + "warning: rate limited" + System.lineSeparator() + line);
  }

  @Test
  void should_replace_the_live_line_in_place_and_forget_it_once_cleared() {
    TerminalWriter.live(err, "[##--] 1/2");
    TerminalWriter.live(err, "[####] 2/2");
    TerminalWriter.live(err, null);
    err.println("done");
    err.flush();

    assertThat(screen.toString())
        .isEqualTo("[##--] 1/2" + CLEAR + "[####] 2/2" + CLEAR + "done" + System.lineSeparator());
  }

  @Test
  void should_redraw_only_once_the_warning_ends_its_line() {
    TerminalWriter.live(err, "bar");
    err.print("warning: ");
    err.print("half");
    err.flush();

    assertThat(screen.toString()).isEqualTo("bar" + CLEAR + "warning: half");
  }

  @Test
  void should_escape_and_transliterate_the_live_line_like_any_text() {
    TerminalWriter.asciiOnly(err);
    TerminalWriter.live(err, "[█░] 1/2 · model\u001b[2J …");

    assertThat(screen.toString()).isEqualTo("[#-] 1/2 | model\\u001b[2J ...");
  }
}
