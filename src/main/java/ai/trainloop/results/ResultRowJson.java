package ai.trainloop.results;

import ai.trainloop.eval.FinishReason;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON codec of {@link ResultRow} (SCHEMA.md {@code results[]}, plus {@code response} in
 * results.jsonl, with {@code params}, {@code tool_calls}, {@code finish_reason} and {@code
 * finish_reason_raw}): {@link #write} for the run's writers, {@link #read} for everything that
 * reads results back (report.json, results.jsonl, comparisons, the studio).
 */
public final class ResultRowJson {
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
  private static final SerializableString CONNECT_MS = new SerializedString("connect_ms");
  private static final SerializableString TIMEOUTS = new SerializedString("timeouts");
  private static final SerializableString TIMEOUT_MS = new SerializedString("timeout_ms");
  private static final SerializableString REASONS = new SerializedString("reasons");
  private static final SerializableString PARAMS = new SerializedString("params");
  private static final SerializableString STREAMED = new SerializedString("streamed");
  private static final SerializableString CACHED = new SerializedString("cached");
  private static final SerializableString BATCH = new SerializedString("batch");
  private static final SerializableString REPEAT = new SerializedString("repeat");
  private static final SerializableString SAVED_USD = new SerializedString("saved_usd");
  private static final SerializableString TTFT_MS = new SerializedString("ttft_ms");
  private static final SerializableString TOKENS_PER_SECOND =
      new SerializedString("output_tokens_per_second");
  private static final SerializableString TOOL_CALLS = new SerializedString("tool_calls");
  private static final SerializableString FINISH_REASON = new SerializedString("finish_reason");
  private static final SerializableString FINISH_REASON_RAW =
      new SerializedString("finish_reason_raw");

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
    if (row.repeat() != null) {
      // only in runs with repeats, so rows of the others stay as they were
      g.writeFieldName(REPEAT);
      g.writeNumber(row.repeat());
    }
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
    // written only when there is something to say, so rows of calls without either stay as they
    // were
    if (row.connectMs() != null) {
      g.writeFieldName(CONNECT_MS);
      g.writeNumber(row.connectMs());
    }
    if (row.timeouts() > 0) {
      g.writeFieldName(TIMEOUTS);
      g.writeNumber(row.timeouts());
      g.writeFieldName(TIMEOUT_MS);
      writeNumber(g, row.timeoutMs());
    }
    if (row.streamed()) {
      g.writeFieldName(STREAMED);
      g.writeBoolean(true);
      g.writeFieldName(TTFT_MS);
      writeNumber(g, row.ttftMs());
      g.writeFieldName(TOKENS_PER_SECOND);
      writeNumber(g, row.outputTokensPerSecond());
    }
    if (row.batch()) {
      // only on batched rows, so rows of runs without --batch stay as they were
      g.writeFieldName(BATCH);
      g.writeBoolean(true);
    }
    if (row.cached()) {
      // only on cached rows, so rows of runs without the cache stay as they were
      g.writeFieldName(CACHED);
      g.writeBoolean(true);
      g.writeFieldName(SAVED_USD);
      writeMoney(g, row.savedUsd());
    }
    if (withResponse) {
      g.writeFieldName(RESPONSE);
      g.writeString(row.response());
      if (!row.params().isEmpty()) {
        g.writeFieldName(PARAMS);
        g.writeObject(row.params());
      }
      if (!row.toolCalls().isEmpty()) {
        g.writeFieldName(TOOL_CALLS);
        ToolCallsJson.write(g, row.toolCalls());
      }
      // as connect_ms: only when the provider said, so rows of an error stay as they were
      if (row.finishReason() != null || row.finishReasonRaw() != null) {
        g.writeFieldName(FINISH_REASON);
        g.writeString(row.finishReason() == null ? null : row.finishReason().json());
        g.writeFieldName(FINISH_REASON_RAW);
        g.writeString(row.finishReasonRaw());
      }
    }
    if (!row.reasons().isEmpty()) {
      g.writeFieldName(REASONS);
      g.writeStartObject();
      for (Map.Entry<String, String> e : row.reasons().entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * Reads one result object as {@link #write} writes it (a results.jsonl line or a report.json
   * {@code results[]} entry); {@code response} comes back when present. A missing or null optional
   * field reads as null ({@code 0} for {@code attempts}, {@code wait_ms} and {@code timeouts}); a
   * null metric is left out.
   *
   * @param path where the object is ({@code line 7}, {@code results[3]}); it prefixes the key in
   *     error messages
   * @throws IllegalArgumentException naming the key when the object is not a result: {@code
   *     sample_id} or {@code model_id} missing or not a string, or a field of the wrong type
   *     ({@code results[3].score: ...})
   */
  public static ResultRow read(JsonNode n, String path) {
    if (n == null || !n.isObject()) {
      throw JsonFields.bad(path, "", "expected an object");
    }
    Long attempts = JsonFields.whole(n, path, "attempts");
    Long waitMs = JsonFields.whole(n, path, "wait_ms");
    Long timeouts = JsonFields.whole(n, path, "timeouts");
    return ResultRow.builder()
        .sampleId(JsonFields.requiredText(n, path, "sample_id"))
        .tag(JsonFields.text(n, "tag"))
        .modelId(JsonFields.requiredText(n, path, "model_id"))
        .score(JsonFields.real(n, path, "score"))
        .metrics(metrics(n, path))
        .metricErrors(metricErrors(n))
        .latencyMs(JsonFields.whole(n, path, "latency_ms"))
        .inputTokens(JsonFields.whole(n, path, "input_tokens"))
        .outputTokens(JsonFields.whole(n, path, "output_tokens"))
        .costUsd(JsonFields.decimal(n, path, "cost_usd"))
        .error(JsonFields.text(n, "error"))
        .attempts(attempts == null ? 0 : attempts.intValue())
        .waitMs(waitMs == null ? 0 : waitMs)
        .response(JsonFields.text(n, "response"))
        .connectMs(JsonFields.whole(n, path, "connect_ms"))
        // an attempt times out at most once: a count beyond the attempts made is not believed
        .timeouts(
            timeouts == null || attempts == null
                ? 0
                : (int) Math.max(0, Math.min(Math.min(attempts, Integer.MAX_VALUE), timeouts)))
        .timeoutMs(JsonFields.whole(n, path, "timeout_ms"))
        .reasons(reasons(n))
        .params(params(n))
        .streamed(n.path("streamed").asBoolean(false))
        .ttftMs(JsonFields.whole(n, path, "ttft_ms"))
        .outputTokensPerSecond(JsonFields.real(n, path, "output_tokens_per_second"))
        .toolCalls(ToolCallsJson.read(n, path))
        .finishReason(FinishReason.parse(JsonFields.text(n, "finish_reason")))
        .finishReasonRaw(JsonFields.text(n, "finish_reason_raw"))
        .cached(n.path("cached").asBoolean(false))
        .batch(n.path("batch").asBoolean(false))
        .savedUsd(JsonFields.decimal(n, path, "saved_usd"))
        .repeat(JsonFields.integer(n, path, "repeat"))
        .build();
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

  private static Map<String, Double> metrics(JsonNode n, String path) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    JsonNode object = n.get("metrics");
    if (object == null || object.isNull()) {
      return metrics;
    }
    if (!object.isObject()) {
      throw JsonFields.bad(path, "metrics", "expected an object of metric name to score");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isNumber()) {
        metrics.put(e.getKey(), e.getValue().doubleValue());
      } else if (!e.getValue().isNull()) {
        throw JsonFields.bad(path, "metrics." + e.getKey(), "expected a number");
      }
    }
    return metrics;
  }

  /** {@code params} as plain values; anything but an object reads as none. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> params(JsonNode n) {
    JsonNode object = n.get("params");
    return object != null && object.isObject()
        ? ReportJson.MAPPER.convertValue(object, Map.class)
        : Map.of();
  }

  private static Map<String, String> metricErrors(JsonNode n) {
    Map<String, String> errors = new LinkedHashMap<>();
    JsonNode object = n.get("metric_errors");
    if (object != null && object.isObject()) {
      object.fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asText()));
    }
    return errors;
  }

  private static Map<String, String> reasons(JsonNode n) {
    Map<String, String> reasons = new LinkedHashMap<>();
    JsonNode object = n.get("reasons");
    if (object != null && object.isObject()) {
      object.fields().forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().asText()));
    }
    return reasons;
  }
}
