package ai.trainloop.aggregate;

/**
 * Count, sum, min, max and variance of a stream of doubles in constant memory (Welford's update,
 * which stays accurate where a sum of squares would cancel). Not thread-safe; its owner
 * synchronizes.
 */
final class RunningStats {
  private long count;
  private double sum;
  private double mean;
  private double m2;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  void add(double x) {
    count++;
    sum += x;
    double delta = x - mean;
    mean += delta / count;
    m2 += delta * (x - mean);
    min = Math.min(min, x);
    max = Math.max(max, x);
  }

  long count() {
    return count;
  }

  double sum() {
    return sum;
  }

  /** Sum ÷ count; null when empty. */
  Double mean() {
    return count == 0 ? null : sum / count;
  }

  Double min() {
    return count == 0 ? null : min;
  }

  Double max() {
    return count == 0 ? null : max;
  }

  /** Sample standard deviation (n − 1); null below two values. */
  Double stdDev() {
    return count < 2 ? null : Math.sqrt(m2 / (count - 1));
  }
}
