package ai.trainloop.results;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a report.json (or an {@code --output} copy of one) back into the records it was written
 * from: a {@link ReportSummary} ({@link ModelJsonReader}, {@link ReportHeaderReader}) and its rows
 * ({@link ResultRowJson}), through the shared streaming reader ({@link ReportJsonReader}). Only
 * {@code schema_version} {@value ReportJson#SCHEMA_VERSION} is read; a missing, older or newer
 * version is rejected with a {@link ReportFormatException} that says which and what to do, before
 * any row is read. Every other problem is a {@link ReportFormatException} naming the file and the
 * key.
 */
public final class SavedRunReader {
  private SavedRunReader() {}

  /** Reads and checks the file. */
  public static SavedRun read(Path file) {
    String source = file.toString();
    return reading(
        file,
        () -> {
          ReportSummary summary = summaryOf(ReportJsonReader.summary(file), source);
          List<ResultRow> results = new ArrayList<>();
          if (!ReportJsonReader.forEachResult(file, results::add)) {
            throw missingArray(source, "results");
          }
          return new SavedRun(source, summary, results);
        });
  }

  /** Reads and checks the file without its {@code results[]}, which is skipped unbuilt. */
  public static ReportSummary summary(Path file) {
    return reading(file, () -> summaryOf(ReportJsonReader.summary(file), file.toString()));
  }

  /**
   * Checks and reads a report tree already parsed (with or without its {@code results}), e.g. the
   * studio's cached summary.
   */
  public static ReportSummary summaryOf(JsonNode root, String source) {
    if (root == null || !root.isObject()) {
      throw new ReportFormatException(
          source, "not a trainloop report.json (expected a JSON object)");
    }
    checkVersion(root.get("schema_version"), source);
    JsonNode modelsNode = root.get("models");
    if (modelsNode == null || !modelsNode.isArray()) {
      throw missingArray(source, "models");
    }
    try {
      List<ModelSummary> models = new ArrayList<>();
      for (int i = 0; i < modelsNode.size(); i++) {
        models.add(ModelJsonReader.read(modelsNode.get(i), "models[" + i + "]"));
      }
      JsonNode rec = JsonFields.object(root, "", "recommendation");
      return new ReportSummary(
          ReportHeaderReader.toolVersion(root),
          ReportHeaderReader.read(root),
          models,
          rec == null
              ? null
              : new RecommendedModel(
                  JsonFields.text(rec, "model_id"),
                  JsonFields.real(rec, "recommendation", "composite"),
                  JsonFields.text(rec, "reason")),
          ReportJson.asWritten(root.get("comparisons")),
          ReportJson.asWritten(root.get("baseline")),
          // costs stay exact decimals, as written
          root.get("judge"),
          // absent in reports written before the A/B test, and in runs without a control
          ReportJson.asWritten(root.get("ab")));
    } catch (IllegalArgumentException e) {
      throw new ReportFormatException(source, e.getMessage(), e);
    }
  }

  /** Reads an in-memory report tree with its {@code results[]}. */
  public static SavedRun fromTree(JsonNode root, String source) {
    ReportSummary summary = summaryOf(root, source);
    JsonNode resultsNode = root.get("results");
    if (resultsNode == null || !resultsNode.isArray()) {
      throw missingArray(source, "results");
    }
    List<ResultRow> results = new ArrayList<>();
    for (int i = 0; i < resultsNode.size(); i++) {
      try {
        results.add(ResultRowJson.read(resultsNode.get(i), "results[" + i + "]"));
      } catch (IllegalArgumentException e) {
        throw new ReportFormatException(source, e.getMessage(), e);
      }
    }
    return new SavedRun(source, summary, results);
  }

  /** A read that may fail. */
  private interface Read<T> {
    T run() throws IOException;
  }

  private static <T> T reading(Path file, Read<T> read) {
    String source = file.toString();
    try {
      return read.run();
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
    int current = ReportJson.SCHEMA_VERSION;
    if (v > current) {
      throw new ReportFormatException(
          source,
          "schema_version "
              + v
              + " was written by a newer trainloop; this "
              + "version reads schema_version "
              + current
              + ": upgrade trainloop to compare with it");
    }
    if (v < current) {
      throw new ReportFormatException(
          source,
          "schema_version "
              + v
              + " is older than this trainloop reads ("
              + current
              + "); run that benchmark again with this version to get a comparable baseline");
    }
  }

  private static ReportFormatException missingArray(String source, String key) {
    return new ReportFormatException(
        source,
        key
            + ": missing or not an array; a report.json from "
            + "`trainloop benchmark` (or its --output copy) always has one");
  }
}
