package ai.trainloop.config;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code benchmark.repeat_reducer}: how the scores of one sample's successful repeats become the
 * sample's one score (per metric, and for its overall score). A sample then counts once in every
 * figure built from scores, however many times it was called.
 */
public enum RepeatReducer {
  /** The mean of the repeats' scores: the default. */
  MEAN("mean"),
  /**
   * The most frequent score; when several are equally frequent, the lowest of them (so 2 passes and
   * 2 fails reduce to a fail). For binary scores this is the majority vote; for graded scores it is
   * the mode, ties broken downwards.
   */
  MAJORITY("majority"),
  /** The highest score: pass@N, the sample passes when any repeat passed. */
  MAX("max"),
  /** The lowest score: the sample passes only when every repeat passed. */
  MIN("min");

  private final String key;

  RepeatReducer(String key) {
    this.key = key;
  }

  /** The value as the config writes it. */
  public String key() {
    return key;
  }

  /** The values the config accepts, in order. */
  public static List<String> keys() {
    return List.of(MEAN.key, MAJORITY.key, MAX.key, MIN.key);
  }

  /** The reducer whose key is {@code key}, or null. */
  public static RepeatReducer of(String key) {
    for (RepeatReducer r : values()) {
      if (r.key.equals(key)) {
        return r;
      }
    }
    return null;
  }

  /**
   * The one score of {@code scores} (the successful repeats' scores, in any order); null when there
   * is none.
   */
  public Double reduce(List<Double> scores) {
    if (scores.isEmpty()) {
      return null;
    }
    return switch (this) {
      case MEAN -> scores.stream().mapToDouble(Double::doubleValue).sum() / scores.size();
      case MAX -> scores.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
      case MIN -> scores.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
      case MAJORITY -> mode(scores);
    };
  }

  private static double mode(List<Double> scores) {
    Map<Double, Integer> counts = new TreeMap<>();
    scores.forEach(s -> counts.merge(s, 1, Integer::sum));
    double best = Double.NaN;
    int bestCount = 0;
    for (Map.Entry<Double, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) { // ascending order: a tie keeps the lower value
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }
}
