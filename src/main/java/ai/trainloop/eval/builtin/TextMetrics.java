package ai.trainloop.eval.builtin;

import ai.trainloop.eval.Metric;
import ai.trainloop.eval.Sample;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Built-in metrics that look for text in the reply: {@code contains}, {@code not_contains}, {@code
 * regex} and {@code equals_recorded}. Each scores 1 (pass) or 0 (fail); instances are immutable and
 * thread-safe.
 */
final class TextMetrics {
  /**
   * Not a letter, digit or underscore on either side: what {@code whole_word: true} requires around
   * a word.
   */
  private static final String WORD_EDGE_BEFORE = "(?<![\\p{L}\\p{N}_])";

  private static final String WORD_EDGE_AFTER = "(?![\\p{L}\\p{N}_])";
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private TextMetrics() {}

  /**
   * {@code contains}: {@code any: [..]} passes when one of the strings appears, {@code all: [..]}
   * when each does.
   */
  static Metric contains(Params p) {
    if (p.has("any") && p.has("all")) {
      throw p.error("all", "give either 'any' or 'all', not both");
    }
    if (!p.has("any") && !p.has("all")) {
      throw p.missing(
          "any", "the strings to look for, e.g. any: [hello, hi] (or all: [..] to require each)");
    }
    boolean all = p.has("all");
    return new Contains(needles(p, all ? "all" : "any"), all);
  }

  /** {@code not_contains}: passes when none of {@code any: [..]} appears. */
  static Metric notContains(Params p) {
    if (!p.has("any")) {
      throw p.missing("any", "the strings that must not appear, e.g. any: [sorry, apologize]");
    }
    return new NotContains(needles(p, "any"));
  }

  /** {@code regex}: passes when {@code pattern} is found anywhere in the reply. */
  static Metric regex(Params p) {
    String pattern = p.text("pattern", "a Java regular expression, e.g. pattern: '\\d{3}-\\d{4}'");
    try {
      return new Found(Pattern.compile(pattern, caseFlags(p.flag("ignore_case", false))));
    } catch (PatternSyntaxException e) {
      throw p.error(
          "pattern",
          "invalid regular expression: "
              + e.getDescription()
              + (e.getIndex() >= 0 ? " near index " + e.getIndex() : "")
              + " in '"
              + pattern
              + "'");
    }
  }

  /**
   * {@code equals_recorded}: passes when the reply equals the recorded reply, whitespace runs
   * collapsed.
   */
  static Metric equalsRecorded(Params p) {
    return new EqualsRecorded(p.flag("ignore_case", false));
  }

  private static List<Pattern> needles(Params p, String key) {
    int flags = caseFlags(p.flag("ignore_case", false));
    boolean wholeWord = p.flag("whole_word", false);
    return p.words(key).stream()
        .map(
            w ->
                wholeWord
                    ? Pattern.compile(WORD_EDGE_BEFORE + Pattern.quote(w) + WORD_EDGE_AFTER, flags)
                    : Pattern.compile(w, flags | Pattern.LITERAL))
        .toList();
  }

  private static int caseFlags(boolean ignoreCase) {
    return ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
  }

  private static double pass(boolean passed) {
    return passed ? 1.0 : 0.0;
  }

  private record Contains(List<Pattern> needles, boolean all) implements Metric {
    @Override
    public double score(Sample sample) {
      String reply = sample.output();
      return pass(
          all
              ? needles.stream().allMatch(n -> n.matcher(reply).find())
              : needles.stream().anyMatch(n -> n.matcher(reply).find()));
    }
  }

  private record NotContains(List<Pattern> needles) implements Metric {
    @Override
    public double score(Sample sample) {
      return pass(needles.stream().noneMatch(n -> n.matcher(sample.output()).find()));
    }
  }

  private record Found(Pattern pattern) implements Metric {
    @Override
    public double score(Sample sample) {
      return pass(pattern.matcher(sample.output()).find());
    }
  }

  private record EqualsRecorded(boolean ignoreCase) implements Metric {
    @Override
    public double score(Sample sample) {
      String recorded = normalise(SimilarToRecorded.requireRecorded(sample));
      String reply = normalise(sample.output());
      return pass(
          ignoreCase
              ? reply.toLowerCase(Locale.ROOT).equals(recorded.toLowerCase(Locale.ROOT))
              : reply.equals(recorded));
    }

    private static String normalise(String s) {
      return SPACES.matcher(s.strip()).replaceAll(" ");
    }
  }
}
