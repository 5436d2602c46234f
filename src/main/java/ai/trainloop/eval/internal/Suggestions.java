package ai.trainloop.eval.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean ...?" for misspelt names: the candidate nearest by Levenshtein distance, when it is near enough.
 *
 * <p>Near enough means at most {@code max(2, length / 3)} single-character edits, ignoring case, so that
 * {@code ignorecase} suggests {@code ignore_case} while {@code foo} suggests nothing from {@code max_words}.
 */
public final class Suggestions {
  private Suggestions() {}

  /** The candidate nearest to {@code input}, if one is within the edit budget. Ties keep the first candidate. */
  public static Optional<String> nearest(String input, Collection<String> candidates) {
    if (input == null || input.isEmpty()) {
      return Optional.empty();
    }
    String needle = input.toLowerCase(Locale.ROOT);
    int budget = Math.max(2, needle.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(needle, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= budget ? Optional.of(best) : Optional.empty();
  }

  /** {@code "; did you mean 'x'?"} when there is a near candidate, else {@code ""}: ready to append to a message. */
  public static String didYouMean(String input, Collection<String> candidates) {
    return nearest(input, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  /** Levenshtein distance (insert, delete, substitute), two rows of memory. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
