package ai.trainloop.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The terminal's width in columns: asked of the terminal itself ({@code stty size < /dev/tty}) when
 * on one, else {@code COLUMNS}, else {@value #DEFAULT}; never below {@value #MIN}.
 */
final class TerminalWidth {
  static final int DEFAULT = 100;
  static final int MIN = 40;

  private TerminalWidth() {}

  /**
   * @param tty whether stdout or stderr is a terminal (only then is {@code stty} asked)
   * @param stty the terminal's own answer, empty when it gives none
   */
  static int of(boolean tty, Supplier<OptionalInt> stty, Map<String, String> env) {
    OptionalInt asked = tty ? stty.get() : OptionalInt.empty();
    int width = asked.orElse(columns(env.get("COLUMNS")));
    return Math.max(MIN, width);
  }

  /**
   * How wide tables may be drawn: the terminal's width on a terminal, else {@code COLUMNS} when
   * set, else no limit (0), so output piped or run by cron keeps the tutorial's layout.
   */
  static int forTables(Terminal terminal, Map<String, String> env) {
    if (terminal.stderrIsTerminal()) {
      return terminal.width();
    }
    String columns = env.get("COLUMNS");
    return columns == null ? 0 : Math.max(MIN, columns(columns));
  }

  private static int columns(String value) {
    try {
      int n = value == null ? DEFAULT : Integer.parseInt(value.trim());
      return n > 0 ? n : DEFAULT;
    } catch (NumberFormatException e) {
      return DEFAULT;
    }
  }

  /** The columns of {@code stty size} output ({@code "rows cols"}); empty when it is not that. */
  static OptionalInt parse(String sttySize) {
    String[] parts = sttySize == null ? new String[0] : sttySize.trim().split("\\s+");
    if (parts.length != 2) {
      return OptionalInt.empty();
    }
    try {
      int cols = Integer.parseInt(parts[1]);
      return cols > 0 ? OptionalInt.of(cols) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /** Runs {@code stty size} on {@code /dev/tty}; empty when it cannot (no tty, no stty, 1 s). */
  static OptionalInt stty() {
    File tty = new File("/dev/tty");
    if (!tty.exists()) {
      return OptionalInt.empty();
    }
    try {
      Process p =
          new ProcessBuilder("stty", "size")
              .redirectInput(tty)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(1, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return OptionalInt.empty();
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      return p.exitValue() == 0 ? parse(out) : OptionalInt.empty();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
  }
}
