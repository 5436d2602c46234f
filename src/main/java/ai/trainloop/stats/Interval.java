package ai.trainloop.stats;

/**
 * A closed interval {@code [lo, hi]}, typically a 95% confidence interval. Both ends are NaN when
 * the interval could not be computed (no data); {@link #known()} tells which.
 *
 * @param lo lower end
 * @param hi upper end
 */
public record Interval(double lo, double hi) {
  /** The interval of an estimate that has no data behind it. */
  public static final Interval UNKNOWN = new Interval(Double.NaN, Double.NaN);

  public Interval {
    if (lo > hi) {
      throw new IllegalArgumentException("interval lower end " + lo + " above upper end " + hi);
    }
  }

  /** A degenerate interval holding one value (all observations equal). */
  public static Interval point(double value) {
    return new Interval(value, value);
  }

  /** True when both ends are numbers. */
  public boolean known() {
    return !Double.isNaN(lo) && !Double.isNaN(hi);
  }

  /** True when {@code value} lies inside the interval (ends included). */
  public boolean contains(double value) {
    return value >= lo && value <= hi;
  }

  /** This interval cut to {@code [min, max]}; unknown stays unknown. */
  public Interval clip(double min, double max) {
    if (!known()) {
      return this;
    }
    double l = Math.min(Math.max(lo, min), max);
    double h = Math.max(Math.min(hi, max), min);
    return new Interval(l, h);
  }

  /** Whether 0 lies outside the interval (a known interval only). */
  public boolean excludesZero() {
    return known() && (lo > 0 || hi < 0);
  }

  /** Half the width: the "±" shown next to an average. */
  public double halfWidth() {
    return (hi - lo) / 2;
  }
}
