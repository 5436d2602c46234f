package ai.trainloop.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What the terminal can do: whether stderr is a terminal (live progress), whether text is UTF-8
 * (box drawing), whether colour is wanted ({@code NO_COLOR}, {@code TERM=dumb}), and its width.
 *
 * @param stderrIsTerminal a live progress bar is drawn only then
 * @param utf8 box-drawing characters and symbols may be printed
 * @param color ANSI colour may be used
 * @param width columns, for fitting the progress line
 */
public record Terminal(boolean stderrIsTerminal, boolean utf8, boolean color, int width) {

  /** A plain non-terminal: what tests and pipes get. */
  public static Terminal plain(boolean utf8) {
    return new Terminal(false, utf8, false, 100);
  }

  /** Reads this process's terminal from the environment. */
  public static Terminal detect(Map<String, String> env) {
    boolean tty = isTerminal(2) && !"dumb".equals(env.get("TERM"));
    boolean utf8 = isUtf8(env);
    boolean color = tty && env.get("NO_COLOR") == null;
    int width = 100;
    try {
      width = Integer.parseInt(env.getOrDefault("COLUMNS", "100"));
    } catch (NumberFormatException ignored) {
      width = 100;
    }
    return new Terminal(tty, utf8, color, Math.max(40, width));
  }

  private static boolean isUtf8(Map<String, String> env) {
    if (Charset.defaultCharset().equals(StandardCharsets.UTF_8)) {
      return true;
    }
    for (String key : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String v = env.get(key);
      if (v != null && !v.isEmpty()) {
        String lower = v.toLowerCase(Locale.ROOT);
        return lower.contains("utf-8") || lower.contains("utf8");
      }
    }
    return false;
  }

  /** On Linux a file descriptor is a terminal when it points at a tty device. */
  // Elsewhere System.console() is the fallback; on JDK 22+ it is never null, so there a pipe may
  // pass
  // for a terminal (the Linux check above is what this product's machines use).
  @SuppressWarnings("SystemConsoleNull")
  private static boolean isTerminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }
}
