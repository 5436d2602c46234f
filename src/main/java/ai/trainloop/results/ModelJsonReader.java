package ai.trainloop.results;

import ai.trainloop.cost.Price;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one entry of report.json's {@code models[]} back into the {@link ModelSummary} it was
 * written from ({@link ModelJson}). Only {@code id} is required: an entry written by an older
 * version, or by hand, without the other fields reads with them unknown (null), or 0 for counts,
 * and a missing {@code status} is ok. A status word this version does not know reads as {@link
 * ModelState#UNKNOWN}; a field of the wrong type is an error naming its key path.
 */
final class ModelJsonReader {
  private ModelJsonReader() {}

  /**
   * @param path where the entry is, e.g. {@code models[2]}
   * @throws IllegalArgumentException naming the key path when a field has the wrong type
   */
  static ModelSummary read(JsonNode n, String path) {
    if (n == null || !n.isObject()) {
      throw JsonFields.bad(path, "", "expected an object");
    }
    JsonNode id = n.get("id");
    if (id == null || !id.isTextual()) {
      throw JsonFields.bad(path, "id", "missing or not a string");
    }
    JsonNode scoreNode = orEmpty(JsonFields.object(n, path, "score"));
    String scorePath = path + ".score";
    JsonNode retries = orEmpty(JsonFields.object(n, path, "retries"));
    return new ModelSummary(
        id.asText(),
        JsonFields.text(n, "provider"),
        JsonFields.text(n, "model"),
        status(n, path),
        JsonFields.text(n, "status_reason"),
        JsonFields.whole(n, path, "samples", 0),
        JsonFields.whole(n, path, "errors", 0),
        JsonFields.whole(n, path, "unscored", 0),
        JsonFields.real(n, path, "error_rate"),
        new ModelSummary.Score(
            JsonFields.real(scoreNode, scorePath, "mean"),
            JsonFields.real(scoreNode, scorePath, "min"),
            JsonFields.real(scoreNode, scorePath, "max"),
            0,
            null,
            JsonFields.interval(scoreNode, scorePath, "ci95")),
        metrics(n, path),
        tokens(orEmpty(JsonFields.object(n, path, "tokens")), path + ".tokens"),
        cost(JsonFields.object(n, path, "cost"), path + ".cost"),
        latency(
                orEmpty(JsonFields.object(n, path, "latency_ms")),
                path + ".latency_ms",
                JsonFields.whole(n, path, "timeouts", 0))
            .withStreaming(
                JsonFields.whole(
                    orEmpty(JsonFields.object(n, path, "latency_ms")),
                    path + ".latency_ms",
                    "ttft_p50"),
                JsonFields.whole(
                    orEmpty(JsonFields.object(n, path, "latency_ms")),
                    path + ".latency_ms",
                    "ttft_p95"),
                JsonFields.real(n, path, "output_tokens_per_second"),
                n.path("streamed").asBoolean(false))
            .withBatch(n.path("batch").asBoolean(false)),
        new ModelSummary.Retries(
            JsonFields.whole(retries, path + ".retries", "attempts", 0),
            JsonFields.whole(retries, path + ".retries", "waited_ms", 0)),
        selection(n, path),
        droppedParams(n),
        Math.max(0, JsonFields.whole(n, path, "truncated", 0)),
        consistency(n, path),
        cacheSavings(n, path),
        byTag(n, path));
  }

  /** {@code flaky_samples} and {@code consistency}: null in a report without repeats. */
  private static ModelSummary.Consistency consistency(JsonNode n, String path) {
    if (!n.has("flaky_samples") && !n.has("consistency")) {
      return null;
    }
    List<String> flaky = new ArrayList<>();
    JsonNode array = n.get("flaky_samples");
    if (array != null && !array.isNull() && !array.isArray()) {
      throw JsonFields.bad(path, "flaky_samples", "expected a list of sample ids");
    }
    if (array != null) {
      array.forEach(id -> flaky.add(id.asText()));
    }
    return new ModelSummary.Consistency(flaky, JsonFields.real(n, path, "consistency"));
  }

  /** {@code cached} and {@code saved_usd}: null in a report without cached replies. */
  private static ModelSummary.CacheSavings cacheSavings(JsonNode n, String path) {
    if (!n.has("cached")) {
      return null;
    }
    return new ModelSummary.CacheSavings(
        Math.max(0, JsonFields.whole(n, path, "cached", 0)),
        JsonFields.decimal(n, path, "saved_usd"));
  }

  /** {@code by_tag}; empty when the entry has none (a report written before it existed). */
  private static Map<String, TagSummary> byTag(JsonNode n, String path) {
    Map<String, TagSummary> tags = new LinkedHashMap<>();
    JsonNode object = JsonFields.object(n, path, "by_tag");
    if (object == null) {
      return tags;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String at = path + ".by_tag." + e.getKey();
      JsonNode t = orEmpty(JsonFields.object(object, path + ".by_tag", e.getKey()));
      JsonNode score = orEmpty(JsonFields.object(t, at, "score"));
      JsonNode latency = orEmpty(JsonFields.object(t, at, "latency_ms"));
      tags.put(
          e.getKey(),
          new TagSummary(
              JsonFields.whole(t, at, "samples", 0),
              JsonFields.whole(t, at, "errors", 0),
              new ModelSummary.Score(
                  JsonFields.real(score, at + ".score", "mean"),
                  JsonFields.real(score, at + ".score", "min"),
                  JsonFields.real(score, at + ".score", "max"),
                  0,
                  null,
                  JsonFields.interval(score, at + ".score", "ci95")),
              metrics(t, at),
              JsonFields.decimal(t, at, "cost_usd"),
              JsonFields.whole(latency, at + ".latency_ms", "p50"),
              JsonFields.whole(latency, at + ".latency_ms", "p95")));
    }
    return tags;
  }

  private static List<String> droppedParams(JsonNode n) {
    List<String> fields = new ArrayList<>();
    JsonNode array = n.get("dropped_params");
    if (array != null && array.isArray()) {
      array.forEach(f -> fields.add(f.asText()));
    }
    return fields;
  }

  private static ModelState status(JsonNode n, String path) {
    JsonNode status = n.get("status");
    if (status == null || status.isNull()) {
      return ModelState.OK;
    }
    if (!status.isTextual()) {
      throw JsonFields.bad(
          path, "status", "expected a word (ok, skipped, failed or stopped), got " + status);
    }
    return ModelState.parse(status.asText());
  }

  private static Map<String, ModelSummary.MetricStats> metrics(JsonNode n, String path) {
    Map<String, ModelSummary.MetricStats> metrics = new LinkedHashMap<>();
    JsonNode object = JsonFields.object(n, path, "metrics");
    if (object == null) {
      return metrics;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String at = path + ".metrics." + e.getKey();
      JsonNode m = orEmpty(JsonFields.object(object, path + ".metrics", e.getKey()));
      metrics.put(
          e.getKey(),
          new ModelSummary.MetricStats(
              JsonFields.real(m, at, "score"),
              JsonFields.real(m, at, "pass_rate"),
              JsonFields.whole(m, at, "samples", 0),
              0,
              JsonFields.whole(m, at, "errors", 0),
              null,
              null,
              JsonFields.interval(m, at, "ci95")));
    }
    return metrics;
  }

  private static ModelSummary.Tokens tokens(JsonNode t, String path) {
    return new ModelSummary.Tokens(
        JsonFields.whole(t, path, "input"),
        JsonFields.whole(t, path, "output"),
        JsonFields.whole(t, path, "cached_input"),
        JsonFields.whole(t, path, "reasoning"));
  }

  /** Null when the entry's {@code cost} is null (cost tracking off) or missing. */
  private static ModelSummary.Cost cost(JsonNode c, String path) {
    if (c == null) {
      return null;
    }
    JsonNode p = JsonFields.object(c, path, "price");
    String pricePath = path + ".price";
    Price price =
        p == null
            ? null
            : new Price(
                JsonFields.decimal(p, pricePath, "input_per_million"),
                JsonFields.decimal(p, pricePath, "output_per_million"),
                JsonFields.decimal(p, pricePath, "cached_input_per_million"),
                null,
                JsonFields.text(p, "source"));
    return new ModelSummary.Cost(
        JsonFields.decimal(c, path, "total_usd"),
        JsonFields.decimal(c, path, "per_1k_tokens_usd"),
        JsonFields.decimal(c, path, "per_score_usd"),
        JsonFields.decimal(c, path, "per_sample_usd"),
        price,
        c.has("judge_usd")
            ? new ModelSummary.JudgeCost(JsonFields.decimal(c, path, "judge_usd"))
            : null);
  }

  /**
   * @param timeouts the model's {@code timeouts}, which sits beside {@code latency_ms}
   */
  private static ModelSummary.Latency latency(JsonNode l, String path, long timeouts) {
    return new ModelSummary.Latency(
        JsonFields.real(l, path, "mean"),
        JsonFields.whole(l, path, "p50"),
        JsonFields.whole(l, path, "p95"),
        JsonFields.whole(l, path, "max"),
        JsonFields.real(l, path, "requests_per_second"),
        JsonFields.whole(l, path, "p90"),
        JsonFields.whole(l, path, "p99"),
        JsonFields.real(l, path, "connect_mean"),
        timeouts);
  }

  /**
   * {@code gates} (a value that is not true or false is left out), {@code normalized} and {@code
   * composite}; null when the entry has none of them.
   */
  private static ModelSelection selection(JsonNode n, String path) {
    if (!n.has("gates") && !n.has("normalized") && !n.has("composite")) {
      return null;
    }
    Map<String, Boolean> gates = null;
    JsonNode gatesNode = JsonFields.object(n, path, "gates");
    if (gatesNode != null) {
      Map<String, Boolean> set = new LinkedHashMap<>();
      gatesNode
          .fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isBoolean()) {
                  set.put(e.getKey(), e.getValue().booleanValue());
                }
              });
      gates = set;
    }
    Map<String, Double> normalized = null;
    if (n.has("normalized")) {
      normalized = new LinkedHashMap<>();
      JsonNode values = JsonFields.object(n, path, "normalized");
      if (values != null) {
        for (Iterator<String> it = values.fieldNames(); it.hasNext(); ) {
          String name = it.next();
          normalized.put(name, JsonFields.real(values, path + ".normalized", name));
        }
      }
    }
    return new ModelSelection(gates, normalized, JsonFields.real(n, path, "composite"));
  }

  private static JsonNode orEmpty(JsonNode n) {
    return n == null ? ReportJson.MAPPER.createObjectNode() : n;
  }
}
