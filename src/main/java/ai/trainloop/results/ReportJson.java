package ai.trainloop.results;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one JSON configuration of the report package: money is read and written as exact decimals in
 * plain notation (never {@code 1E-5}), floats are read as {@link BigDecimal} so a cost survives a
 * round trip unchanged.
 */
public final class ReportJson {
  /** Shared and immutable once built; Jackson mappers are thread-safe. */
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /**
   * Precision of every derived money figure (cost per 1K tokens, per score, per sample): 16
   * significant digits, half-even. Totals are exact sums and are never rounded.
   */
  static final MathContext MONEY_DIVISION = MathContext.DECIMAL64;

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private ReportJson() {}

  /** ISO-8601 in UTC with milliseconds, e.g. {@code 2026-11-28T22:30:00.123Z}; null stays null. */
  static String instant(Instant t) {
    return t == null ? null : INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * {@code a ÷ b} at {@link #MONEY_DIVISION}, trailing zeros stripped; null when either is null or
   * b is 0.
   */
  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    if (a == null || b == null || b.signum() == 0) {
      return null;
    }
    return a.divide(b, MONEY_DIVISION).stripTrailingZeros();
  }
}
