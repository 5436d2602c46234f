package ai.trainloop.report.compare;

import ai.trainloop.report.ResultRow;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads one {@code results[]} entry (or results.jsonl line) into a {@link ResultRow}; errors name the key path. */
final class ResultRowJson {
  private final String source;
  private final String path;
  private final JsonNode node;

  private ResultRowJson(String source, String path, JsonNode node) {
    this.source = source;
    this.path = path;
    this.node = node;
  }

  /** Parses {@code node}; {@code path} (e.g. {@code results[3]} or {@code line 7}) prefixes error messages. */
  static ResultRow parse(String source, String path, JsonNode node) {
    return new ResultRowJson(source, path, node).row();
  }

  private ResultRow row() {
    if (!node.isObject()) {
      throw fail("", "expected an object");
    }
    JsonNode attempts = node.get("attempts");
    JsonNode wait = node.get("wait_ms");
    return new ResultRow(requiredText("sample_id"), optionalText("tag"), requiredText("model_id"),
        optionalNumber("score"), metrics(), metricErrors(), optionalLong("latency_ms"), optionalLong("input_tokens"),
        optionalLong("output_tokens"), null, null, optionalDecimal("cost_usd"), optionalText("error"),
        attempts == null || !attempts.isNumber() ? 1 : attempts.asInt(),
        wait == null || !wait.isNumber() ? 0 : wait.asLong(), null);
  }

  private Map<String, Double> metrics() {
    Map<String, Double> metrics = new LinkedHashMap<>();
    JsonNode object = node.get("metrics");
    if (object == null || object.isNull()) {
      return metrics;
    }
    if (!object.isObject()) {
      throw fail(".metrics", "expected an object of metric name to score");
    }
    object.fields().forEachRemaining(e -> {
      if (e.getValue().isNumber()) {
        metrics.put(e.getKey(), e.getValue().asDouble());
      } else if (!e.getValue().isNull()) {
        throw fail(".metrics." + e.getKey(), "expected a number");
      }
    });
    return metrics;
  }

  private Map<String, String> metricErrors() {
    Map<String, String> errors = new LinkedHashMap<>();
    JsonNode object = node.get("metric_errors");
    if (object != null && object.isObject()) {
      object.fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asText()));
    }
    return errors;
  }

  private String requiredText(String key) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual()) {
      throw fail("." + key, value == null || value.isNull() ? "missing" : "expected a string");
    }
    return value.asText();
  }

  private String optionalText(String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }

  private Double optionalNumber(String key) {
    JsonNode value = number(key);
    return value == null ? null : value.asDouble();
  }

  private Long optionalLong(String key) {
    JsonNode value = number(key);
    return value == null ? null : value.asLong();
  }

  private BigDecimal optionalDecimal(String key) {
    JsonNode value = number(key);
    return value == null ? null : value.decimalValue();
  }

  private JsonNode number(String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw fail("." + key, "expected a number or null, got " + value);
    }
    return value;
  }

  private ReportFormatException fail(String key, String detail) {
    return new ReportFormatException(source, path + key + ": " + detail);
  }
}
