package ai.trainloop.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The product's one rule for showing dollar amounts to people (tables, the dry-run plan, budget
 * messages, gate reasons, comparison and history tables); JSON keeps the exact decimal instead.
 * From ten cents up: cents, half-up ({@code $4.50}, {@code $0.30}); below ten cents: two
 * significant digits ({@code $0.015}, {@code $0.000042}), so a nonzero amount never reads as {@code
 * $0.00}; exactly zero: {@code $0.00}; negative: {@code -$0.25}; unknown (null): {@code n/a}.
 */
public final class UsdFormat {
  /** What an unknown amount shows as. */
  public static final String UNKNOWN = "n/a";

  private static final BigDecimal TEN_CENTS = new BigDecimal("0.10");
  private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_UP);

  private UsdFormat() {}

  /** The amount with a dollar sign, or {@value #UNKNOWN} for null. */
  public static String format(BigDecimal usd) {
    if (usd == null) {
      return UNKNOWN;
    }
    BigDecimal abs = usd.abs();
    if (abs.signum() == 0) {
      return "$0.00";
    }
    String sign = usd.signum() < 0 ? "-$" : "$";
    BigDecimal rounded = abs.round(TWO_DIGITS);
    if (rounded.compareTo(TEN_CENTS) >= 0) {
      return sign + abs.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
    return sign + rounded.stripTrailingZeros().toPlainString();
  }
}
