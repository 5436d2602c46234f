package ai.trainloop.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" for mistyped names: the candidate nearest by optimal-string-alignment distance
 * (Levenshtein plus transposition of two neighbouring letters), compared case-insensitively with
 * {@code -} and {@code _} treated alike, and only when it is close enough to be a plausible typo.
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code input}, if one is within the typo limit (1 edit for names of up
   * to 4 characters, 2 up to 10, 3 beyond). Ties go to the candidate that comes first.
   *
   * @param input what the user wrote
   * @param candidates the valid names
   * @return the suggestion, or empty when nothing is close
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    String a = normalise(input);
    int limit = a.length() <= 4 ? 1 : a.length() <= 10 ? 2 : 3;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(a, normalise(candidate));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  /**
   * {@code did you mean 'x'?} for the closest candidate, else {@code otherwise} (e.g. a list of
   * valid names).
   *
   * @param input what the user wrote
   * @param candidates the valid names
   * @param otherwise the text to use when nothing is close
   */
  public static String hint(String input, Collection<String> candidates, String otherwise) {
    return closest(input, candidates).map(s -> "did you mean '" + s + "'?").orElse(otherwise);
  }

  /**
   * {@code "; did you mean 'x'?"} when a candidate is close, else {@code ""}: ready to append to a
   * message.
   */
  public static String didYouMean(String input, Collection<String> candidates) {
    return closest(input, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  /**
   * Optimal string alignment distance: insertions, deletions, substitutions and adjacent
   * transpositions.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replace('-', '_');
  }
}
