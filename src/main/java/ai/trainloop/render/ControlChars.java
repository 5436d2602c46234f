package ai.trainloop.render;

/**
 * The characters outside text (replies, provider errors, tags, model names, file names) may not
 * bring to a terminal, shown instead as a {@code \u001b}-style escape: C0 controls but newline and
 * tab (ESC, CR, BEL, ...), DEL, the C1 controls U+0080..U+009F, the Unicode bidi controls (U+061C,
 * U+200E, U+200F, U+202A..U+202E, U+2066..U+2069) and the line and paragraph separators U+2028,
 * U+2029. The escape is JSON's, so JSON printed through it still reads back as the same text.
 * Backslashes are left as they are.
 */
public final class ControlChars {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ControlChars() {}

  /** Whether {@code c} is shown escaped on a terminal. */
  public static boolean escaped(char c) {
    if (c < 0x20) {
      return c != '\n' && c != '\t';
    }
    return (c >= 0x7f && c <= 0x9f)
        || c == 0x061c
        || c == 0x200e
        || c == 0x200f
        || (c >= 0x2028 && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * {@code text} with every {@link #escaped} character as {@code \}{@code u} and four hex digits;
   * newlines and tabs kept.
   */
  public static String escape(String text) {
    return escape(text, false);
  }

  /**
   * {@code text} on one line, for a table cell: as {@link #escape}, and newline and tab as {@code
   * \n}, {@code \t}.
   */
  public static String singleLine(String text) {
    return escape(text, true);
  }

  /** Appends the escape of {@code c}: {@code \}{@code u} and four lower-case hex digits. */
  public static void appendEscape(StringBuilder out, char c) {
    out.append('\\')
        .append('u')
        .append(HEX[c >> 12 & 0xf])
        .append(HEX[c >> 8 & 0xf])
        .append(HEX[c >> 4 & 0xf])
        .append(HEX[c & 0xf]);
  }

  private static String escape(String text, boolean oneLine) {
    int i = 0;
    while (i < text.length() && !needs(text.charAt(i), oneLine)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (oneLine && c == '\n') {
        out.append("\\n");
      } else if (oneLine && c == '\t') {
        out.append("\\t");
      } else if (escaped(c)) {
        appendEscape(out, c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean needs(char c, boolean oneLine) {
    return escaped(c) || (oneLine && (c == '\n' || c == '\t'));
  }
}
