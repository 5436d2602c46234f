package ai.trainloop.decide;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/** How a cheaper model's cost reads against another's: "a tenth of the cost", "40% of the cost". */
final class CostRatio {
  private static final List<String> FRACTIONS =
      List.of(
          "half",
          "third",
          "quarter",
          "fifth",
          "sixth",
          "seventh",
          "eighth",
          "ninth",
          "tenth",
          "eleventh",
          "twelfth",
          "thirteenth",
          "fourteenth",
          "fifteenth",
          "sixteenth",
          "seventeenth",
          "eighteenth",
          "nineteenth",
          "twentieth");

  private CostRatio() {}

  /** {@code cheap} against {@code dear}, both USD per sample, {@code dear > 0}. */
  static String words(BigDecimal cheap, BigDecimal dear) {
    if (cheap.signum() == 0) {
      return "at no cost";
    }
    double ratio = cheap.divide(dear, MathContext.DECIMAL64).doubleValue();
    double inverse = 1 / ratio;
    long n = Math.round(inverse);
    if (n >= 2 && n <= 20 && Math.abs(inverse - n) <= 0.02 * n) {
      String f = FRACTIONS.get((int) n - 2);
      return n == 2 ? "half the cost" : (f.startsWith("e") ? "an " : "a ") + f + " of the cost";
    }
    return String.format(Locale.ROOT, "%.0f%% of the cost", ratio * 100);
  }
}
