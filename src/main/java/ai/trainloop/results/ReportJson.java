package ai.trainloop.results;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;

/**
 * The one JSON configuration of the report package: money is read and written as exact decimals in
 * plain notation (never {@code 1E-5}), floats are read as {@link BigDecimal} so a cost survives a
 * round trip unchanged (never with trailing zeros stripped), by every writer and reader of the
 * package.
 */
public final class ReportJson {
  /** The report.json schema version this trainloop writes and reads. */
  public static final int SCHEMA_VERSION = 1;

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

  /**
   * ISO-8601 in UTC with milliseconds, e.g. {@code 2026-11-28T22:30:00.123Z}, as report.json writes
   * times; null stays null.
   */
  public static String instant(Instant t) {
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

  /**
   * A part of the report this package keeps as JSON (rendered by the steps after it), as it was
   * written: its decimals, read exactly, back to the doubles they were written from, so that it
   * writes again the same; JSON null is null.
   */
  static JsonNode asWritten(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return doubles(node);
  }

  private static JsonNode doubles(JsonNode node) {
    if (node.isBigDecimal()) {
      return MAPPER.getNodeFactory().numberNode(node.decimalValue().doubleValue());
    }
    if (node.isArray()) {
      ArrayNode out = MAPPER.createArrayNode();
      node.forEach(item -> out.add(doubles(item)));
      return out;
    }
    if (node.isObject()) {
      ObjectNode out = MAPPER.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(e.getKey(), doubles(e.getValue()));
      }
      return out;
    }
    return node;
  }
}
