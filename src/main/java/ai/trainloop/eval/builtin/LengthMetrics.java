package ai.trainloop.eval.builtin;

import ai.trainloop.eval.Metric;
import ai.trainloop.eval.Sample;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Built-in metrics on the reply's length: {@code max_words}, {@code min_words}, {@code max_chars}
 * and {@code min_chars}, each with a required {@code value} (a whole number {@code >= 0}); 1 when
 * the limit holds, else 0.
 *
 * <p>A word is a maximal run of characters that are neither whitespace nor Unicode separators, so
 * {@code "Hello, world!"} is 2 words and {@code "state-of-the-art"} is 1. Characters are Unicode
 * code points of the reply with leading and trailing whitespace stripped, so an emoji counts once.
 * Immutable and thread-safe.
 */
final class LengthMetrics {
  private static final Pattern WORD = Pattern.compile("[^\\s\\p{Z}]+");

  private LengthMetrics() {}

  static Metric maxWords(Params p) {
    return new Limit(
        Unit.WORDS,
        true,
        p.count("value", "the largest number of words that passes, e.g. value: 25"));
  }

  static Metric minWords(Params p) {
    return new Limit(
        Unit.WORDS,
        false,
        p.count("value", "the smallest number of words that passes, e.g. value: 3"));
  }

  static Metric maxChars(Params p) {
    return new Limit(
        Unit.CHARS, true, p.count("value", "the largest number of characters that passes"));
  }

  static Metric minChars(Params p) {
    return new Limit(
        Unit.CHARS, false, p.count("value", "the smallest number of characters that passes"));
  }

  /** Words in {@code text}, as defined above. */
  static int words(String text) {
    int n = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Code points in {@code text} after stripping leading and trailing whitespace. */
  static int chars(String text) {
    String s = text.strip();
    return s.codePointCount(0, s.length());
  }

  private enum Unit {
    WORDS,
    CHARS
  }

  private record Limit(Unit unit, boolean isMax, int value) implements Metric {
    @Override
    public double score(Sample sample) {
      int n = unit == Unit.WORDS ? words(sample.output()) : chars(sample.output());
      return (isMax ? n <= value : n >= value) ? 1.0 : 0.0;
    }
  }
}
