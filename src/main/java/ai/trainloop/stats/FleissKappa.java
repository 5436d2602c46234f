package ai.trainloop.stats;

import java.util.List;

/**
 * Fleiss' kappa: how much a fixed number of raters agree on the category of each subject, beyond
 * what chance would give (Fleiss 1971). 1 is full agreement, 0 what chance alone gives, below 0
 * less than chance.
 */
public final class FleissKappa {
  private FleissKappa() {}

  /**
   * @param counts per subject, how many raters chose each category (every row sums to the same
   *     number of raters, at least 2)
   * @return kappa; NaN when there is no subject, or every rating is one category (chance agreement
   *     is then 1 and kappa is undefined)
   * @throws IllegalArgumentException when rows have different numbers of raters, or fewer than 2
   */
  public static double of(List<int[]> counts) {
    if (counts.isEmpty()) {
      return Double.NaN;
    }
    int categories = counts.get(0).length;
    int raters = sum(counts.get(0));
    if (raters < 2) {
      throw new IllegalArgumentException("Fleiss' kappa needs at least 2 raters per subject");
    }
    double[] perCategory = new double[categories];
    double agreement = 0;
    for (int[] row : counts) {
      if (row.length != categories || sum(row) != raters) {
        throw new IllegalArgumentException("every subject needs " + raters + " ratings");
      }
      double squares = 0;
      for (int j = 0; j < categories; j++) {
        perCategory[j] += row[j];
        squares += (double) row[j] * row[j];
      }
      agreement += (squares - raters) / ((double) raters * (raters - 1));
    }
    double n = counts.size();
    double observed = agreement / n;
    double chance = 0;
    for (double c : perCategory) {
      double p = c / (n * raters);
      chance += p * p;
    }
    return chance >= 1 ? Double.NaN : (observed - chance) / (1 - chance);
  }

  /** The share of subjects on which every rater chose the same category. */
  public static double unanimous(List<int[]> counts) {
    if (counts.isEmpty()) {
      return Double.NaN;
    }
    long all = 0;
    for (int[] row : counts) {
      int raters = sum(row);
      for (int c : row) {
        if (c == raters) {
          all++;
        }
      }
    }
    return (double) all / counts.size();
  }

  private static int sum(int[] row) {
    int s = 0;
    for (int c : row) {
      s += c;
    }
    return s;
  }
}
