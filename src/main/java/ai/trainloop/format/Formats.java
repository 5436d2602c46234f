package ai.trainloop.format;

import ai.trainloop.stats.Interval;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the tables write numbers, in the tutorial's style ({@code 0.85}, {@code 100}, {@code 95%});
 * dollar amounts follow the product's one money rule, {@link ai.trainloop.cost.UsdFormat}. Unknown
 * values print {@value #UNKNOWN}; a nonzero figure is never rounded to zero.
 */
public final class Formats {
  /** What an unknown value prints as. */
  public static final String UNKNOWN = "n/a";

  private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_UP);

  private Formats() {}

  /** A score with two decimals, half-up: {@code 0.85}, {@code 1.00}. */
  public static String score(Double v) {
    return v == null || !Double.isFinite(v)
        ? UNKNOWN
        : BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * A score with its 95% interval, cut to the score's 0..1 range: {@code 0.85 ±0.04} when the
   * interval is symmetric about the score at two decimals, else {@code 0.97 [0.91, 1.00]}; as
   * {@link #score} when the interval is unknown.
   */
  public static String score(Double value, Interval ci) {
    String s = score(value);
    if (value == null || !Double.isFinite(value) || ci == null || !ci.known()) {
      return s;
    }
    Interval c = ci.clip(0, 1);
    BigDecimal v = new BigDecimal(s);
    BigDecimal lo = new BigDecimal(score(c.lo()));
    BigDecimal hi = new BigDecimal(score(c.hi()));
    BigDecimal below = v.subtract(lo);
    BigDecimal above = hi.subtract(v);
    return below.compareTo(above) == 0 && below.signum() >= 0
        ? s + " ±" + below.toPlainString()
        : s + " [" + lo.toPlainString() + ", " + hi.toPlainString() + "]";
  }

  /**
   * A score with a half width: {@code 0.85 ±0.04}; else as {@link #score}. Prefer {@link
   * #score(Double, Interval)}, which prints {@code ±} only for a symmetric interval.
   */
  public static String score(Double value, Double halfWidth) {
    String s = score(value);
    return value == null || halfWidth == null || !Double.isFinite(halfWidth)
        ? s
        : s + " ±" + score(halfWidth);
  }

  /**
   * A rate in whole percent, half-up ({@code 95%}); a rate below 1 never shows as 100% and one
   * above 0 never as 0% ({@code <1%}), so that "all" and "none" are never claimed when they are not
   * true.
   */
  public static String percent(double rate) {
    if (!Double.isFinite(rate)) {
      return UNKNOWN;
    }
    int p = BigDecimal.valueOf(rate * 100).setScale(0, RoundingMode.HALF_UP).intValue();
    if (p >= 100 && rate < 1.0) {
      p = 99;
    }
    if (p == 0 && rate > 0.0) {
      return "<1%";
    }
    return p + "%";
  }

  /** Milliseconds, rounded to whole: {@code 812 ms}. */
  public static String millis(Number v) {
    if (v == null || !Double.isFinite(v.doubleValue())) {
      return UNKNOWN;
    }
    return BigDecimal.valueOf(v.doubleValue()).setScale(0, RoundingMode.HALF_UP).toPlainString()
        + " ms";
  }

  /**
   * Requests per second: one decimal from 0.1 up ({@code 3.2}), else two significant digits ({@code
   * 0.045}).
   */
  public static String perSecond(Double v) {
    if (v == null || !Double.isFinite(v)) {
      return UNKNOWN;
    }
    BigDecimal b = BigDecimal.valueOf(v);
    if (b.signum() == 0) {
      return "0.0";
    }
    if (b.compareTo(new BigDecimal("0.1")) >= 0) {
      return b.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
    return b.round(TWO_DIGITS).stripTrailingZeros().toPlainString();
  }

  /** A count as a plain integer: {@code 100}. */
  public static String count(long n) {
    return Long.toString(n);
  }
}
