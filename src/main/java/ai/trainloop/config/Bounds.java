package ai.trainloop.config;

import java.math.BigDecimal;

/**
 * The allowed range of a number in the config; either end may be open (null) or exclusive.
 *
 * @param min the lower end, or null for none
 * @param minExclusive whether {@code min} itself is excluded
 * @param max the upper end, or null for none
 * @param maxExclusive whether {@code max} itself is excluded
 */
record Bounds(BigDecimal min, boolean minExclusive, BigDecimal max, boolean maxExclusive) {
  static final Bounds ANY = new Bounds(null, false, null, false);
  static final Bounds NON_NEGATIVE = atLeast("0");
  static final Bounds POSITIVE = new Bounds(BigDecimal.ZERO, true, null, false);
  static final Bounds AT_LEAST_ONE = atLeast("1");
  static final Bounds UNIT = between("0", "1");

  /** {@code temperature} on an entry, and {@code --temperature}. */
  static final Bounds TEMPERATURE = between("0", "2");

  /**
   * {@code request_delay} and {@code --request-delay}, in seconds: at most a day between two call
   * starts.
   */
  static final Bounds REQUEST_DELAY = between("0", "86400");

  static Bounds atLeast(String min) {
    return new Bounds(new BigDecimal(min), false, null, false);
  }

  static Bounds between(String min, String max) {
    return new Bounds(new BigDecimal(min), false, new BigDecimal(max), false);
  }

  static Bounds strictlyBetween(String min, String max) {
    return new Bounds(new BigDecimal(min), true, new BigDecimal(max), true);
  }

  /**
   * Null when {@code v} is in range, else what is wrong, e.g. {@code must be between 0 and 2, got
   * 2.5}.
   */
  String violation(BigDecimal v) {
    boolean low = min != null && (minExclusive ? v.compareTo(min) <= 0 : v.compareTo(min) < 0);
    boolean high = max != null && (maxExclusive ? v.compareTo(max) >= 0 : v.compareTo(max) > 0);
    if (!low && !high) {
      return null;
    }
    return describe() + ", got " + v.toPlainString();
  }

  private String describe() {
    if (min != null && max != null) {
      String ends = minExclusive && maxExclusive ? " (exclusive)" : "";
      return "must be between " + min.toPlainString() + " and " + max.toPlainString() + ends;
    }
    if (min != null) {
      return minExclusive
          ? "must be greater than " + min.toPlainString()
          : "must be at least " + min.toPlainString();
    }
    return maxExclusive
        ? "must be less than " + max.toPlainString()
        : "must be at most " + max.toPlainString();
  }
}
