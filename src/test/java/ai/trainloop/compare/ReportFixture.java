package ai.trainloop.compare;

import ai.trainloop.results.SavedRun;
import ai.trainloop.results.SavedRunReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Builds report.json trees (schema_version 1) for tests, in memory or as files in a run folder. */
public final class ReportFixture {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final ObjectNode root = F.objectNode();
  private final ArrayNode models;
  private final ArrayNode results;
  private String tag = "qa";
  private Integer repeat;

  private ReportFixture(String runId) {
    root.put("schema_version", 1);
    root.put("run_id", runId);
    root.put("started_at", runId.length() >= 10 ? runId.substring(0, 10) + "T00:00:00Z" : null);
    root.put("complete", true);
    root.putArray("tags").add("qa");
    models = root.putArray("models");
    results = root.putArray("results");
  }

  public static ReportFixture run(String runId) {
    return new ReportFixture(runId);
  }

  /** Tags the rows added after this call (default "qa"). */
  public ReportFixture tag(String newTag) {
    this.tag = newTag;
    return this;
  }

  /** Gives the rows added after this call repeat index {@code index} (null: no repeat index). */
  public ReportFixture repeat(Integer index) {
    this.repeat = index;
    return this;
  }

  /** A run of {@code repeats} calls per pair, their scores reduced by {@code reducer}. */
  public ReportFixture repeats(int repeats, String reducer) {
    root.put("repeats", repeats);
    ObjectNode config = root.putObject("config");
    config.put("repeat_reducer", reducer);
    return this;
  }

  /**
   * Marks the last row added as read from the response cache: it cost nothing this run and had cost
   * {@code savedUsd} when it was made; no latency.
   */
  public ReportFixture cached(String savedUsd) {
    ObjectNode row = (ObjectNode) results.get(results.size() - 1);
    row.put("cached", true);
    row.put("cost_usd", BigDecimal.ZERO);
    row.put("saved_usd", new BigDecimal(savedUsd));
    row.putNull("latency_ms");
    return this;
  }

  /** Declares a model with a status (ok, skipped, failed, stopped) and a reason. */
  public ReportFixture model(String id, String status, String reason) {
    ObjectNode model = models.addObject();
    model.put("id", id);
    model.put("status", status);
    model.put("status_reason", reason);
    model.putObject("metrics").putObject("correct").put("score", 0.0);
    return this;
  }

  /** Sets the gates of a declared (or auto-declared) model. */
  public ReportFixture gates(String id, Map<String, Boolean> gates) {
    ObjectNode node = modelNode(id).putObject("gates");
    gates.forEach(node::put);
    return this;
  }

  /** A successful pass/fail result: metric "correct", score = metric, latency and cost given. */
  public ReportFixture pass(
      String sampleId, String modelId, boolean passed, long latencyMs, String costUsd) {
    double value = passed ? 1.0 : 0.0;
    return result(sampleId, modelId, value, Map.of("correct", value), latencyMs, costUsd, null);
  }

  /** A successful pass/fail result with latency 800 ms and cost $0.0001. */
  public ReportFixture pass(String sampleId, String modelId, boolean passed) {
    return pass(sampleId, modelId, passed, 800, "0.0001");
  }

  /** A failed call. */
  public ReportFixture error(String sampleId, String modelId, String message) {
    return result(sampleId, modelId, null, Map.of(), null, null, message);
  }

  /** A successful call on which metric "correct" failed: no score at all (unscored), not a 0. */
  public ReportFixture unscored(String sampleId, String modelId, String metricError) {
    result(sampleId, modelId, null, Map.of(), 800L, "0.0001", null);
    ((ObjectNode) results.get(results.size() - 1))
        .putObject("metric_errors")
        .put("correct", metricError);
    return this;
  }

  /** Any result row. */
  public ReportFixture result(
      String sampleId,
      String modelId,
      Double score,
      Map<String, Double> metrics,
      Long latencyMs,
      String costUsd,
      String error) {
    modelNode(modelId);
    ObjectNode row = results.addObject();
    row.put("sample_id", sampleId);
    row.put("tag", tag);
    row.put("model_id", modelId);
    row.put("score", score);
    ObjectNode m = row.putObject("metrics");
    metrics.forEach(m::put);
    row.putObject("metric_errors");
    row.put("latency_ms", latencyMs);
    row.put("cost_usd", costUsd == null ? null : new BigDecimal(costUsd));
    row.put("error", error);
    row.put("attempts", 1);
    row.put("wait_ms", 0);
    if (repeat != null) {
      row.put("repeat", repeat);
    }
    return this;
  }

  public ReportFixture set(String key, Object value) {
    root.set(key, new ObjectMapper().valueToTree(value));
    return this;
  }

  public ObjectNode tree() {
    return root;
  }

  public SavedRun report() {
    return SavedRunReader.fromTree(root, root.get("run_id").asText() + ".json");
  }

  /** Writes {@code <dataFolder>/benchmarks/<run_id>/report.json} and returns its path. */
  public Path writeTo(Path dataFolder) {
    Path file =
        dataFolder
            .resolve("benchmarks")
            .resolve(root.get("run_id").asText())
            .resolve("report.json");
    try {
      Files.createDirectories(file.getParent());
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode modelNode(String id) {
    for (int i = 0; i < models.size(); i++) {
      if (models.get(i).get("id").asText().equals(id)) {
        return (ObjectNode) models.get(i);
      }
    }
    model(id, "ok", null);
    return (ObjectNode) models.get(models.size() - 1);
  }
}
