package ai.trainloop.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of one {@link ResultRow} (SCHEMA.md {@code results[]}, plus {@code response} in results.jsonl). */
final class ResultRowJson {
  private static final SerializableString SAMPLE_ID = new SerializedString("sample_id");
  private static final SerializableString TAG = new SerializedString("tag");
  private static final SerializableString MODEL_ID = new SerializedString("model_id");
  private static final SerializableString SCORE = new SerializedString("score");
  private static final SerializableString METRICS = new SerializedString("metrics");
  private static final SerializableString METRIC_ERRORS = new SerializedString("metric_errors");
  private static final SerializableString LATENCY_MS = new SerializedString("latency_ms");
  private static final SerializableString INPUT_TOKENS = new SerializedString("input_tokens");
  private static final SerializableString OUTPUT_TOKENS = new SerializedString("output_tokens");
  private static final SerializableString COST_USD = new SerializedString("cost_usd");
  private static final SerializableString ERROR = new SerializedString("error");
  private static final SerializableString ATTEMPTS = new SerializedString("attempts");
  private static final SerializableString WAIT_MS = new SerializedString("wait_ms");
  private static final SerializableString RESPONSE = new SerializedString("response");

  private ResultRowJson() {}

  /** Writes {@code row} as one JSON object; {@code response} only when {@code withResponse}. */
  static void write(JsonGenerator g, ResultRow row, boolean withResponse) throws IOException {
    g.writeStartObject();
    g.writeFieldName(SAMPLE_ID);
    g.writeString(row.sampleId());
    g.writeFieldName(TAG);
    g.writeString(row.tag());
    g.writeFieldName(MODEL_ID);
    g.writeString(row.modelId());
    g.writeFieldName(SCORE);
    writeNumber(g, row.score());
    g.writeFieldName(METRICS);
    g.writeStartObject();
    for (Map.Entry<String, Double> e : row.metrics().entrySet()) {
      g.writeFieldName(e.getKey());
      writeNumber(g, e.getValue());
    }
    g.writeEndObject();
    g.writeFieldName(METRIC_ERRORS);
    g.writeStartObject();
    for (Map.Entry<String, String> e : row.metricErrors().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeFieldName(LATENCY_MS);
    writeNumber(g, row.latencyMs());
    g.writeFieldName(INPUT_TOKENS);
    writeNumber(g, row.inputTokens());
    g.writeFieldName(OUTPUT_TOKENS);
    writeNumber(g, row.outputTokens());
    g.writeFieldName(COST_USD);
    writeMoney(g, row.costUsd());
    g.writeFieldName(ERROR);
    g.writeString(row.error());
    g.writeFieldName(ATTEMPTS);
    g.writeNumber(row.attempts());
    g.writeFieldName(WAIT_MS);
    g.writeNumber(row.waitMs());
    if (withResponse) {
      g.writeFieldName(RESPONSE);
      g.writeString(row.response());
    }
    g.writeEndObject();
  }

  /** Reads a line written by {@link #write}; fields that are missing come back null (or 0 for counters). */
  static ResultRow read(JsonNode n) {
    if (n == null || !n.isObject() || !n.hasNonNull("sample_id") || !n.hasNonNull("model_id")) {
      throw new IllegalArgumentException("not a result line: sample_id and model_id are required");
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.path("metrics").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      metrics.put(e.getKey(), e.getValue().isNumber() ? e.getValue().doubleValue() : null);
    }
    Map<String, String> metricErrors = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.path("metric_errors").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      metricErrors.put(e.getKey(), e.getValue().asText());
    }
    JsonNode cost = n.get("cost_usd");
    return new ResultRow(n.get("sample_id").asText(), text(n, "tag"), n.get("model_id").asText(),
        n.hasNonNull("score") ? n.get("score").doubleValue() : null, metrics, metricErrors,
        whole(n, "latency_ms"), whole(n, "input_tokens"), whole(n, "output_tokens"), null, null,
        cost != null && cost.isNumber() ? cost.decimalValue() : null, text(n, "error"),
        n.path("attempts").asInt(0), n.path("wait_ms").asLong(0), text(n, "response"));
  }

  static void writeNumber(JsonGenerator g, Number v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Double d) {
      if (Double.isFinite(d)) {
        g.writeNumber(d);
      } else {
        g.writeNull(); // NaN and infinities are not JSON numbers
      }
    } else if (v instanceof BigDecimal b) {
      g.writeNumber(b);
    } else {
      g.writeNumber(v.longValue());
    }
  }

  static void writeMoney(JsonGenerator g, BigDecimal v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else {
      g.writeNumber(v);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Long whole(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || !v.isNumber() ? null : v.longValue();
  }
}
