package ai.trainloop.format;

import ai.trainloop.cost.UsdFormat;
import ai.trainloop.stats.Interval;
import java.math.BigDecimal;
import java.util.Locale;

/** Number formats shared by the comparison and history tables. */
public final class ChangeFormats {
  /**
   * Shown for a value that is unknown or not applicable: {@link Formats#UNKNOWN}, as everywhere.
   */
  public static final String NONE = Formats.UNKNOWN;

  private ChangeFormats() {}

  /** A p-value: "<0.001", else three decimals ("0.042"); {@link #NONE} for NaN. */
  /** "p = 0.012" or "p < 0.001", for sentences. */
  public static String pClause(double p) {
    String v = pValue(p);
    return v.startsWith("<") ? "p " + v.charAt(0) + " " + v.substring(1) : "p = " + v;
  }

  public static String pValue(double p) {
    if (Double.isNaN(p)) {
      return NONE;
    }
    return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  /** A score with three decimals. */
  public static String score(double value) {
    return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%.3f", value);
  }

  /** A signed score change with three decimals ("+0.012", "-0.070"). */
  public static String signedScore(double value) {
    return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%+.3f", value);
  }

  /** A relative change as a signed percentage with one decimal ("+12.5%"). */
  public static String percent(double relative) {
    return Double.isNaN(relative) ? NONE : String.format(Locale.ROOT, "%+.1f%%", relative * 100);
  }

  /**
   * An interval as "[lo, hi]" using {@code kindFormat} for the ends; {@link #NONE} when unknown.
   */
  public static String interval(
      Interval interval, java.util.function.DoubleFunction<String> format) {
    return interval == null || !interval.known()
        ? NONE
        : "[" + format.apply(interval.lo()) + ", " + format.apply(interval.hi()) + "]";
  }

  /**
   * USD by the product's money rule ({@link UsdFormat}: "$0.30", "$0.00012"); {@link #NONE} for
   * NaN.
   */
  public static String usd(double value) {
    return Double.isNaN(value) ? NONE : UsdFormat.format(BigDecimal.valueOf(value));
  }

  /** USD by the product's money rule ({@link UsdFormat}); {@link #NONE} for null. */
  public static String usd(BigDecimal value) {
    return value == null ? NONE : UsdFormat.format(value);
  }

  /** Milliseconds, rounded as the run's tables round them ("812 ms"). */
  public static String millis(double value) {
    return Double.isNaN(value) ? NONE : Formats.millis(value);
  }

  /** A plain number without trailing zeros ("0.05", "0.2"). */
  public static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
