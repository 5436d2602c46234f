package ai.trainloop.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a judge's answer: only its {@code <result>} elements, case-insensitively, and of those only
 * the first word, matched whole. Unlike TrainLoop, which looks for substrings anywhere (so {@code
 * incorrect} reads as true, and a reply without {@code <result>} is searched whole), anything else
 * is an abstention: no {@code <result>}, an unclosed one, an unknown first word ({@code "not
 * true"}, {@code "maybe"}), or several elements that disagree. Linear in the answer's length.
 */
public final class Verdicts {
  private static final String OPEN = "<result>";
  private static final String CLOSE = "</result>";
  private static final Set<String> TRUE = Set.of("true", "yes", "correct");
  private static final Set<String> FALSE = Set.of("false", "no", "incorrect");

  private Verdicts() {}

  /** True, false, or null for an abstention. */
  public static Boolean claim(String answer) {
    Boolean verdict = null;
    for (String word : firstWords(answer)) {
      Boolean v = TRUE.contains(word) ? Boolean.TRUE : FALSE.contains(word) ? Boolean.FALSE : null;
      if (v == null || (verdict != null && !verdict.equals(v))) {
        return null;
      }
      verdict = v;
    }
    return verdict;
  }

  /** A grade from {@code 1} to {@code max}, or null for an abstention. */
  public static Integer grade(String answer, int max) {
    Integer grade = null;
    for (String word : firstWords(answer)) {
      Integer g = word.matches("[0-9]{1,3}") ? Integer.valueOf(word) : null;
      if (g == null || g < 1 || g > max || (grade != null && !grade.equals(g))) {
        return null;
      }
      grade = g;
    }
    return grade;
  }

  /**
   * {@code a}, {@code b} or {@code tie}, or null for an abstention: the first word of the {@code
   * <result>} element must be exactly {@code A}, {@code B} or {@code tie} (any case); anything else
   * ({@code first}, {@code Response A}, {@code both}), or two elements that disagree, abstains.
   */
  public static String choice(String answer) {
    String choice = null;
    List<String> words = firstWords(answer);
    for (String word : words) {
      String c =
          switch (word) {
            case "a" -> "a";
            case "b" -> "b";
            case "tie" -> "tie";
            default -> null;
          };
      if (c == null || (choice != null && !choice.equals(c))) {
        return null;
      }
      choice = c;
    }
    return choice;
  }

  /** The first word of each closed {@code <result>} element, lower-cased; "" for none. */
  static List<String> firstWords(String answer) {
    List<String> words = new ArrayList<>();
    if (answer == null) {
      return words;
    }
    int from = 0;
    while (true) {
      int open = find(answer, OPEN, from);
      if (open < 0) {
        return words;
      }
      int start = open + OPEN.length();
      int close = find(answer, CLOSE, start);
      if (close < 0) {
        return words;
      }
      words.add(firstWord(answer, start, close));
      from = close + CLOSE.length();
    }
  }

  /**
   * The first run of letters or digits after any punctuation or markup ({@code **True**}, {@code
   * [yes]}); "" when a tag or nothing comes first.
   */
  private static String firstWord(String s, int start, int end) {
    int i = start;
    while (i < end && !Character.isLetterOrDigit(s.charAt(i))) {
      if (s.charAt(i) == '<') {
        return ""; // a nested tag: not a verdict
      }
      i++;
    }
    int j = i;
    while (j < end && Character.isLetterOrDigit(s.charAt(j))) {
      j++;
    }
    return s.substring(i, j).toLowerCase(Locale.ROOT);
  }

  private static int find(String s, String tag, int from) {
    for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
      if (s.regionMatches(true, i, tag, 0, tag.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The text of the first {@code <reasoning>} element, or of the whole answer without it, made safe
   * to show (control and format characters removed, white space collapsed) and cut to {@code max}
   * characters.
   */
  public static String reasoning(String answer, int max) {
    if (answer == null) {
      return "";
    }
    int open = find(answer, "<reasoning>", 0);
    int close = open < 0 ? -1 : find(answer, "</reasoning>", open);
    String text =
        open >= 0 && close >= 0 ? answer.substring(open + "<reasoning>".length(), close) : answer;
    return shown(text, max);
  }

  /** {@code text} safe to show on one line, cut to {@code max} characters with an ellipsis. */
  public static String shown(String text, int max) {
    StringBuilder b = new StringBuilder(Math.min(text.length(), max + 1));
    boolean space = false;
    for (int i = 0; i < text.length() && b.length() <= max; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (Character.isWhitespace(cp) || type == Character.CONTROL) {
        space = b.length() > 0;
        continue;
      }
      if (type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED) {
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.appendCodePoint(cp);
    }
    if (b.length() > max) {
      b.setLength(max);
      b.append('…');
    }
    return b.toString();
  }
}
