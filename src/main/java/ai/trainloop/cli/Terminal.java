package ai.trainloop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * What the terminal can do: whether stderr is a terminal (live progress), whether text is UTF-8
 * (box drawing and symbols; else {@link ai.trainloop.render.AsciiText} stand-ins), whether colour
 * is wanted ({@code NO_COLOR}, {@code TERM=dumb}, never off a terminal), and its width.
 *
 * @param stderrIsTerminal a live progress bar is drawn only then
 * @param utf8 box-drawing characters and symbols may be printed
 * @param color stdout is a colour terminal: missed gates and regressions may be coloured
 * @param width columns, for fitting the progress line and the tables
 */
public record Terminal(boolean stderrIsTerminal, boolean utf8, boolean color, int width) {

  /** A plain non-terminal: what tests and pipes get. */
  public static Terminal plain(boolean utf8) {
    return new Terminal(false, utf8, false, 100);
  }

  /** Reads this process's terminal from the environment; see {@link TerminalWidth}. */
  public static Terminal detect(Map<String, String> env) {
    boolean tty = isTerminal(2) && !"dumb".equals(env.get("TERM"));
    boolean utf8 = utf8(env, jvmStdoutEncoding());
    boolean color = isTerminal(1) && !"dumb".equals(env.get("TERM")) && env.get("NO_COLOR") == null;
    int width = TerminalWidth.of(isTerminal(1) || isTerminal(2), TerminalWidth::stty, env);
    return new Terminal(tty, utf8, color, width);
  }

  /**
   * This terminal as {@code env} allows: not UTF-8 when its locale says otherwise, no colour with
   * {@code NO_COLOR} or {@code TERM=dumb}.
   */
  Terminal under(Map<String, String> env) {
    boolean colour = color && env.get("NO_COLOR") == null && !"dumb".equals(env.get("TERM"));
    boolean text = utf8 && localeAllowsUtf8(env);
    return text == utf8 && colour == color
        ? this
        : new Terminal(stderrIsTerminal, text, colour, width);
  }

  /**
   * Whether text may be UTF-8: the locale decides when set ({@code LC_ALL}, then {@code LC_CTYPE},
   * then {@code LANG}; {@code C}, {@code POSIX} or another charset is not UTF-8), else the JVM's
   * stdout encoding {@code jvmCharset} (null: not UTF-8).
   */
  static boolean utf8(Map<String, String> env, String jvmCharset) {
    String locale = locale(env);
    if (locale != null) {
      return isUtf8Name(locale);
    }
    return jvmCharset != null && isUtf8Name(jvmCharset);
  }

  /** False only when {@code env} names a locale that is not UTF-8. */
  static boolean localeAllowsUtf8(Map<String, String> env) {
    String locale = locale(env);
    return locale == null || isUtf8Name(locale);
  }

  private static String locale(Map<String, String> env) {
    for (String key : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String v = env.get(key);
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  private static boolean isUtf8Name(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.contains("utf-8") || lower.contains("utf8");
  }

  /** The charset the JVM writes stdout in: {@code stdout.encoding}, else the platform's. */
  private static String jvmStdoutEncoding() {
    String enc = System.getProperty("stdout.encoding");
    if (enc == null) {
      enc = System.getProperty("sun.stdout.encoding");
    }
    return enc != null ? enc : System.getProperty("native.encoding");
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
