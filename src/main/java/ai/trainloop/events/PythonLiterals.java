package ai.trainloop.events;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of the Python literals {@code repr()} writes, for the recorded replies the
 * TrainLoop SDKs store as {@code str(content)}: strings in single or double quotes with Python's
 * escapes ({@code \n \t \r \\ \' \" \a \b \f \v}, {@code \xhh}, &#92;{@code uhhhh}, {@code
 * \Uhhhhhhhh}, octal {@code \ooo}, a backslash-newline), dicts with string keys, lists, {@code
 * True}, {@code False}, {@code None}, integers and floats. Nothing else is accepted (no tuples,
 * sets, string prefixes, adjacent strings, comments, {@code nan} or {@code inf}); anything after
 * the value is an error. Values come back as {@code String}, {@code Map<String, Object>} (in
 * order), {@code List<Object>}, {@code Boolean}, {@code null}, {@code Long} or {@code BigInteger},
 * {@code Double}.
 */
final class PythonLiterals {
  /** Deeper nesting than any recorded reply has; it guards the stack against hostile input. */
  private static final int MAX_DEPTH = 64;

  private final String s;
  private int at;

  /** Why the text is not one literal; the message names the offset. */
  static final class NotALiteral extends Exception {
    NotALiteral(String reason, int at) {
      super(reason + " at offset " + at, null, false, false);
    }
  }

  private PythonLiterals(String s) {
    this.s = s;
  }

  /** The one literal that {@code text} is (surrounding whitespace allowed). */
  static Object parse(String text) throws NotALiteral {
    PythonLiterals p = new PythonLiterals(text);
    Object value = p.value(0);
    p.skipSpace();
    if (p.at != text.length()) {
      throw new NotALiteral("unexpected text after the value", p.at);
    }
    return value;
  }

  private Object value(int depth) throws NotALiteral {
    if (depth > MAX_DEPTH) {
      throw new NotALiteral("nested deeper than " + MAX_DEPTH, at);
    }
    skipSpace();
    if (at >= s.length()) {
      throw new NotALiteral("unexpected end", at);
    }
    char c = s.charAt(at);
    if (c == '\'' || c == '"') {
      return string();
    }
    if (c == '[') {
      return list(depth);
    }
    if (c == '{') {
      return dict(depth);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    }
    if (word("True")) {
      return Boolean.TRUE;
    }
    if (word("False")) {
      return Boolean.FALSE;
    }
    if (word("None")) {
      return null;
    }
    throw new NotALiteral("not a Python literal: '" + c + "'", at);
  }

  private boolean word(String w) {
    int end = at + w.length();
    if (s.startsWith(w, at) && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
      at = end;
      return true;
    }
    return false;
  }

  private List<Object> list(int depth) throws NotALiteral {
    at++; // [
    List<Object> out = new ArrayList<>();
    skipSpace();
    if (peek(']')) {
      at++;
      return Collections.unmodifiableList(out);
    }
    while (true) {
      out.add(value(depth + 1));
      skipSpace();
      if (peek(',')) {
        at++;
        skipSpace();
        if (peek(']')) { // a trailing comma, as Python allows
          at++;
          return Collections.unmodifiableList(out);
        }
      } else if (peek(']')) {
        at++;
        return Collections.unmodifiableList(out);
      } else {
        throw new NotALiteral("expected ',' or ']'", at);
      }
    }
  }

  private Map<String, Object> dict(int depth) throws NotALiteral {
    at++; // {
    Map<String, Object> out = new LinkedHashMap<>();
    skipSpace();
    if (peek('}')) {
      at++;
      return Collections.unmodifiableMap(out);
    }
    while (true) {
      skipSpace();
      if (!peek('\'') && !peek('"')) {
        throw new NotALiteral("expected a string key", at);
      }
      String key = string();
      skipSpace();
      if (!peek(':')) {
        throw new NotALiteral("expected ':'", at);
      }
      at++;
      out.put(key, value(depth + 1));
      skipSpace();
      if (peek(',')) {
        at++;
        skipSpace();
        if (peek('}')) {
          at++;
          return Collections.unmodifiableMap(out);
        }
      } else if (peek('}')) {
        at++;
        return Collections.unmodifiableMap(out);
      } else {
        throw new NotALiteral("expected ',' or '}'", at);
      }
    }
  }

  private String string() throws NotALiteral {
    int start = at;
    char quote = s.charAt(at++);
    StringBuilder out = new StringBuilder();
    while (at < s.length()) {
      char c = s.charAt(at++);
      if (c == quote) {
        return out.toString();
      }
      if (c == '\n' || c == '\r') {
        throw new NotALiteral("line break inside a string", at - 1);
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= s.length()) {
        break;
      }
      char e = s.charAt(at++);
      switch (e) {
        case '\n' -> {} // a continued line
        case '\\', '\'', '"' -> out.append(e);
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'v' -> out.append('\u000b');
        case 'x' -> out.appendCodePoint(hex(2));
        case 'u' -> out.appendCodePoint(hex(4));
        case 'U' -> out.appendCodePoint(hex(8));
        default -> {
          if (e >= '0' && e <= '7') {
            int code = e - '0';
            for (int i = 0; i < 2 && at < s.length() && isOctal(s.charAt(at)); i++) {
              code = code * 8 + (s.charAt(at++) - '0');
            }
            out.append((char) code);
          } else {
            // Python keeps an unknown escape as written; a strict reader does not guess
            throw new NotALiteral("unknown escape \\" + e, at - 2);
          }
        }
      }
    }
    throw new NotALiteral("unterminated string", start);
  }

  private int hex(int digits) throws NotALiteral {
    if (at + digits > s.length()) {
      throw new NotALiteral("truncated escape", at);
    }
    int code = 0;
    for (int i = 0; i < digits; i++) {
      int d = Character.digit(s.charAt(at + i), 16);
      if (d < 0) {
        throw new NotALiteral("bad hex digit in an escape", at + i);
      }
      code = code * 16 + d;
    }
    if (code > Character.MAX_CODE_POINT || (code < 0)) {
      throw new NotALiteral("escape beyond Unicode", at);
    }
    at += digits;
    return code;
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  private Object number() throws NotALiteral {
    int start = at;
    if (peek('-')) {
      at++;
    }
    int first = at;
    int digits = digits();
    if (digits == 0) {
      throw new NotALiteral("expected a digit", at);
    }
    if (digits > 1 && s.charAt(first) == '0' && !peek('.') && !peek('e') && !peek('E')) {
      throw new NotALiteral("a leading zero", first); // Python 3 rejects 007
    }
    boolean real = false;
    if (peek('.')) {
      at++;
      digits();
      real = true;
    }
    if (peek('e') || peek('E')) {
      at++;
      if (peek('+') || peek('-')) {
        at++;
      }
      if (digits() == 0) {
        throw new NotALiteral("expected an exponent", at);
      }
      real = true;
    }
    if (at < s.length() && (Character.isLetter(s.charAt(at)) || s.charAt(at) == '_')) {
      throw new NotALiteral("not a number", start);
    }
    String text = s.substring(start, at);
    if (real) {
      return Double.valueOf(text);
    }
    BigInteger big = new BigInteger(text);
    return big.bitLength() < 64 ? (Object) big.longValue() : big;
  }

  private int digits() {
    int n = 0;
    while (at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
      at++;
      n++;
    }
    return n;
  }

  private boolean peek(char c) {
    return at < s.length() && s.charAt(at) == c;
  }

  private void skipSpace() {
    while (at < s.length() && " \t\n\r".indexOf(s.charAt(at)) >= 0) {
      at++;
    }
  }
}
