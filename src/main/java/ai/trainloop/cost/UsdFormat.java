package ai.trainloop.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Dollar amounts for people to read (tables, warnings, the budget's refusal); JSON keeps the exact decimal instead.
 * One dollar and more: cents ({@code $4.50}); below a dollar: four significant digits, at least two decimals
 * ({@code $0.50}, {@code $0.9731}, {@code $0.0000825}); zero: {@code $0.00}; unknown (null): {@code n/a}.
 */
public final class UsdFormat {

  private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_UP);

  private UsdFormat() {}

  /** The amount with a dollar sign, or {@code n/a} for null. */
  public static String format(BigDecimal usd) {
    if (usd == null) {
      return "n/a";
    }
    return (usd.signum() < 0 ? "-$" : "$") + digits(usd.abs());
  }

  /** The amount without the dollar sign (same rounding), or {@code n/a} for null. */
  public static String digits(BigDecimal usd) {
    if (usd == null) {
      return "n/a";
    }
    BigDecimal v = usd.abs();
    String sign = usd.signum() < 0 ? "-" : "";
    if (v.signum() == 0) {
      return "0.00";
    }
    if (v.compareTo(BigDecimal.ONE) >= 0) {
      return sign + v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
    BigDecimal rounded = v.round(FOUR_DIGITS).stripTrailingZeros();
    if (rounded.scale() < 2) {
      rounded = rounded.setScale(2, RoundingMode.UNNECESSARY);
    }
    return sign + rounded.toPlainString();
  }
}
