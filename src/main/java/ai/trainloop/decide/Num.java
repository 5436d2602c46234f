package ai.trainloop.decide;

import ai.trainloop.format.Formats;
import java.math.BigDecimal;

/**
 * Number formatting shared by gate reasons and tables: two decimals, more only where two would hide
 * a difference.
 */
public final class Num {

  private Num() {}

  /** As written, at least one decimal: {@code 3.0}, {@code 0.75}, {@code 0.333}. */
  static String plain(double v) {
    BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
    return (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
  }

  /** A weight for a header: up to three decimals, {@code 0.4}, {@code 0.333}. */
  public static String weight(double w) {
    return plain(BigDecimal.valueOf(w).setScale(3, java.math.RoundingMode.HALF_UP).doubleValue());
  }

  /**
   * A value beside the limit it was compared with, each with two decimals, unless that would show
   * them equal ({@code 0.7499 < 0.75}): then both as written.
   */
  static String[] pair(double value, double limit) {
    String a = Formats.score(value);
    String b = Formats.score(limit);
    if (a.equals(b)) {
      return new String[] {plain(value), plain(limit)};
    }
    return new String[] {a, plain(limit)};
  }
}
