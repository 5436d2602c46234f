package ai.trainloop.results;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a report.json (or an {@code --output} copy of one) into a {@link SavedRun}, through the
 * shared streaming reader ({@link ReportJsonReader}) and row codec ({@link ResultRowJson}). Only
 * {@code schema_version} {@value #SCHEMA_VERSION} is read; a missing, older or newer version is
 * rejected with a {@link ReportFormatException} that says which and what to do, before any row is
 * read.
 */
public final class SavedRunReader {
  /** The report.json schema version this reader understands. */
  public static final int SCHEMA_VERSION = 1;

  private SavedRunReader() {}

  /** Reads and checks the file. */
  public static SavedRun read(Path file) {
    String source = file.toString();
    try {
      JsonNode head = ReportJsonReader.summary(file);
      List<SavedModel> models = models(head, source);
      List<ResultRow> results = new ArrayList<>();
      if (!ReportJsonReader.forEachResult(file, results::add)) {
        throw noResults(source);
      }
      return report(head, models, results, source);
    } catch (IllegalArgumentException e) {
      throw new ReportFormatException(source, e.getMessage(), e);
    } catch (JacksonException e) {
      throw new ReportFormatException(source, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      boolean missing = e instanceof NoSuchFileException || !Files.exists(file);
      throw new ReportFormatException(
          source, missing ? "no such file" : "cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads an in-memory report tree (for example the report being written by this run). */
  public static SavedRun fromTree(JsonNode root, String source) {
    List<SavedModel> models = models(root, source);
    JsonNode resultsNode = root.get("results");
    if (resultsNode == null || !resultsNode.isArray()) {
      throw noResults(source);
    }
    List<ResultRow> results = new ArrayList<>();
    for (int i = 0; i < resultsNode.size(); i++) {
      try {
        results.add(ResultRowJson.read(resultsNode.get(i), "results[" + i + "]"));
      } catch (IllegalArgumentException e) {
        throw new ReportFormatException(source, e.getMessage(), e);
      }
    }
    return report(root, models, results, source);
  }

  /** Checks that {@code root} is a report this version reads and returns its {@code models[]}. */
  private static List<SavedModel> models(JsonNode root, String source) {
    if (root == null || !root.isObject()) {
      throw new ReportFormatException(
          source, "not a trainloop report.json (expected a JSON object)");
    }
    checkVersion(root.get("schema_version"), source);
    List<SavedModel> models = new ArrayList<>();
    JsonNode modelsNode = root.get("models");
    if (modelsNode == null || !modelsNode.isArray()) {
      throw missingArray(source, "models");
    }
    for (int i = 0; i < modelsNode.size(); i++) {
      models.add(model(modelsNode.get(i), "models[" + i + "]", source));
    }
    return models;
  }

  private static SavedRun report(
      JsonNode root, List<SavedModel> models, List<ResultRow> results, String source) {
    List<String> tags = new ArrayList<>();
    root.path("tags").forEach(t -> tags.add(t.asText()));
    return new SavedRun(
        source,
        root.path("run_id").asText(""),
        textOrNull(root.get("started_at")),
        root.path("complete").asBoolean(true),
        tags,
        models,
        results);
  }

  private static void checkVersion(JsonNode version, String source) {
    if (version == null || version.isNull()) {
      throw new ReportFormatException(
          source,
          "no schema_version: not a trainloop report.json, or one written "
              + "before schema versions existed; run that benchmark again with this trainloop to compare with it");
    }
    if (!version.isIntegralNumber()) {
      throw new ReportFormatException(
          source, "schema_version: expected an integer, got " + version);
    }
    int v = version.asInt();
    if (v > SCHEMA_VERSION) {
      throw new ReportFormatException(
          source,
          "schema_version "
              + v
              + " was written by a newer trainloop; this "
              + "version reads schema_version "
              + SCHEMA_VERSION
              + ": upgrade trainloop to compare with it");
    }
    if (v < SCHEMA_VERSION) {
      throw new ReportFormatException(
          source,
          "schema_version "
              + v
              + " is older than this trainloop reads ("
              + SCHEMA_VERSION
              + "); run that benchmark again with this version to get a comparable baseline");
    }
  }

  private static SavedModel model(JsonNode node, String path, String source) {
    JsonNode id = node.get("id");
    if (id == null || !id.isTextual()) {
      throw new ReportFormatException(source, path + ".id: missing or not a string");
    }
    List<String> metrics = new ArrayList<>();
    node.path("metrics").fieldNames().forEachRemaining(metrics::add);
    Map<String, Boolean> gates = new LinkedHashMap<>();
    node.path("gates")
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().isBoolean()) {
                gates.put(e.getKey(), e.getValue().asBoolean());
              }
            });
    return new SavedModel(
        id.asText(),
        node.path("status").asText("ok"),
        textOrNull(node.get("status_reason")),
        node.path("samples").asInt(0),
        node.path("errors").asInt(0),
        metrics,
        gates);
  }

  private static ReportFormatException noResults(String source) {
    return missingArray(source, "results");
  }

  private static ReportFormatException missingArray(String source, String key) {
    return new ReportFormatException(
        source,
        key
            + ": missing or not an array; a report.json from "
            + "`trainloop benchmark` (or its --output copy) always has one");
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }
}
