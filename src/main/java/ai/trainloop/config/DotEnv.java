package ai.trainloop.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One parsed {@code .env} file. Each line is {@code KEY=VALUE}, optionally prefixed by {@code
 * export }; blank lines and lines starting with {@code #} are skipped. A value may be:
 *
 * <ul>
 *   <li>unquoted: the rest of the line, trimmed, up to a {@code #} that follows whitespace (a
 *       comment);
 *   <li>in single quotes: taken literally, and may span lines;
 *   <li>in double quotes: {@code \n}, {@code \r}, {@code \t}, {@code \"}, {@code \\} and {@code \$}
 *       are escapes, and it may span lines.
 * </ul>
 *
 * {@code ${VAR}} is not expanded. A later line wins over an earlier one with the same key. A line
 * that cannot be read is skipped with a warning naming {@code file:line} (never its content, which
 * may be a secret), so an unrelated tool's {@code .env} never stops a run. {@link #toString()}
 * shows names only.
 */
public final class DotEnv {
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

  private final Map<String, String> variables;
  private final List<String> warnings;

  private DotEnv(Map<String, String> variables, List<String> warnings) {
    this.variables = Collections.unmodifiableMap(variables);
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Reads and parses a file.
   *
   * @throws ConfigException when the file cannot be read
   */
  public static DotEnv read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file);
    } catch (IOException e) {
      throw new ConfigException(
          SourceLocation.unknown(file), null, "cannot read the .env file: " + e.getMessage());
    }
  }

  /** Parses {@code text}; {@code file} only names the source in warnings. */
  public static DotEnv parse(String text, Path file) {
    Map<String, String> vars = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    new Parser(text.startsWith("\uFEFF") ? text.substring(1) : text, file, vars, warnings).run();
    return new DotEnv(vars, warnings);
  }

  /** The variables, in file order. */
  public Map<String, String> variables() {
    return variables;
  }

  /** One line per skipped line: {@code file:line: why}. */
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "DotEnv" + variables.keySet();
  }

  /** A cursor over the text; one {@link #entry()} per logical line. */
  private static final class Parser {
    private final String s;
    private final Path file;
    private final Map<String, String> vars;
    private final List<String> warnings;
    private int i;
    private int line = 1;

    Parser(String s, Path file, Map<String, String> vars, List<String> warnings) {
      this.s = s;
      this.file = file;
      this.vars = vars;
      this.warnings = warnings;
    }

    void run() {
      while (i < s.length()) {
        int start = line;
        skipBlanks();
        if (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '#' && !entry()) {
          warnings.add(file + ":" + start + ": ignored, not KEY=VALUE");
        }
        nextLine();
      }
    }

    /** Reads {@code [export ]KEY=VALUE}; false when the line is not one. */
    private boolean entry() {
      if (s.startsWith("export", i)
          && i + 6 < s.length()
          && (s.charAt(i + 6) == ' ' || s.charAt(i + 6) == '\t')) {
        i += 6;
        skipBlanks();
      }
      int keyStart = i;
      while (i < s.length() && "= \t\r\n".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String key = s.substring(keyStart, i);
      skipBlanks();
      if (i >= s.length() || s.charAt(i) != '=' || !KEY.matcher(key).matches()) {
        return false;
      }
      i++;
      skipBlanks();
      char q = i < s.length() ? s.charAt(i) : '\n';
      String value = q == '"' || q == '\'' ? quoted(q, key) : unquoted();
      if (value != null) {
        vars.put(key, value);
      }
      return true;
    }

    private String unquoted() {
      int end = s.indexOf('\n', i);
      String rest = s.substring(i, end < 0 ? s.length() : end);
      for (int k = 0; k < rest.length(); k++) {
        if (rest.charAt(k) == '#' && (k == 0 || Character.isWhitespace(rest.charAt(k - 1)))) {
          rest = rest.substring(0, k);
          break;
        }
      }
      return rest.strip();
    }

    /** The quoted value, or null (with a warning) when the quote is never closed. */
    private String quoted(char q, String key) {
      StringBuilder out = new StringBuilder();
      int lines = 0;
      for (int j = i + 1; j < s.length(); j++) {
        char c = s.charAt(j);
        if (c == q) {
          i = j + 1;
          line += lines;
          return out.toString();
        }
        if (c == '\\' && q == '"' && j + 1 < s.length()) {
          char e = s.charAt(++j);
          out.append(
              switch (e) {
                case 'n' -> "\n";
                case 'r' -> "\r";
                case 't' -> "\t";
                case '"', '\\', '$' -> String.valueOf(e);
                default -> "\\" + e;
              });
          continue;
        }
        lines += c == '\n' ? 1 : 0;
        out.append(c);
      }
      warnings.add(file + ":" + line + ": ignored " + key + ": its quote is never closed");
      return null;
    }

    private void skipBlanks() {
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r')) {
        i++;
      }
    }

    private void nextLine() {
      int end = s.indexOf('\n', i);
      i = end < 0 ? s.length() : end + 1;
      line++;
    }
  }
}
