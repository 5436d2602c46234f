package ai.trainloop.results;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One metric's TrainLoop Studio file: a metadata line, one result line per (sample × model), a
 * summary line. Written under a hidden temporary name and moved into place when finished, so Studio
 * never reads half a file (and lines are buffered, not flushed one by one: nobody reads the
 * temporary file).
 */
final class StudioMetricFile implements Closeable {
  private final String metric;
  private final StudioRun run;
  private final long totalSamples;
  private final Path target;
  private final Path tmp;
  private final JsonLinesOutput out;
  private final Map<String, StudioSummary> summaries = new LinkedHashMap<>();

  StudioMetricFile(Path dir, String fileName, String metric, StudioRun run, long totalSamples)
      throws IOException {
    this.metric = metric;
    this.run = run;
    this.totalSamples = totalSamples;
    this.target = dir.resolve(fileName);
    this.tmp = dir.resolve("." + fileName + ".tmp");
    Files.deleteIfExists(tmp);
    this.out = JsonLinesOutput.append(tmp);
    JsonGenerator g = out.generator();
    g.writeStartObject();
    g.writeStringField("type", "metadata");
    g.writeObjectFieldStart("data");
    head(g);
    g.writeArrayFieldStart("providers");
    for (var e : run.models()) {
      g.writeStartObject();
      g.writeStringField("provider", e.provider());
      g.writeStringField("model", e.model());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("total_samples", totalSamples);
    g.writeEndObject();
    g.writeEndObject();
    out.endLineBuffered();
  }

  private void head(JsonGenerator g) throws IOException {
    g.writeStringField("benchmark_id", "bench_" + run.runId() + "_" + metric);
    g.writeStringField(
        "timestamp",
        DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
            run.startedLocal().truncatedTo(ChronoUnit.MILLIS)));
    g.writeStringField("suite_name", metric);
  }

  /**
   * Writes the line of {@code row} for this metric.
   *
   * @param input the sample's input as JSON, copied from samples.jsonl; null when unknown
   * @param params the model's {@code model_params} as JSON
   */
  void result(ResultRow row, String input, String params) throws IOException {
    Double score = row.ok() ? row.metrics().get(metric) : null;
    String metricError = row.metricErrors().get(metric);
    int passed = score != null && score >= ModelSummary.PASS_THRESHOLD ? 1 : 0;
    summaries
        .computeIfAbsent(row.modelId(), id -> new StudioSummary())
        .add(row, passed == 1, metricError != null);
    JsonGenerator g = out.generator();
    g.writeStartObject();
    g.writeStringField("type", "result");
    g.writeStringField("metric", metric);
    g.writeObjectFieldStart("sample");
    number(g, "duration_ms", row.latencyMs());
    g.writeStringField("tag", row.tag());
    g.writeFieldName("input");
    if (input != null) {
      g.writeRawValue(input);
    } else {
      g.writeStartArray();
      g.writeEndArray();
    }
    g.writeObjectFieldStart("output");
    g.writeStringField("content", row.ok() ? row.response() : null);
    g.writeEndObject();
    g.writeStringField("model", row.modelId());
    g.writeFieldName("model_params");
    g.writeRawValue(params);
    for (String unknown : List.of("start_time_ms", "end_time_ms", "url", "location")) {
      g.writeNullField(unknown);
    }
    g.writeEndObject();
    g.writeNumberField("passed", passed);
    number(g, "score", score);
    g.writeStringField("reason", reason(row, score, metricError));
    g.writeObjectFieldStart("provider_result");
    g.writeStringField("response", row.response());
    number(g, "latency_ms", row.latencyMs());
    g.writeFieldName("cost");
    ResultRowJson.writeMoney(g, row.costUsd());
    g.writeStringField("error", row.error());
    g.writeFieldName("model_params");
    g.writeRawValue(params);
    g.writeNumberField("verdict", passed);
    g.writeObjectFieldStart("metric_results");
    Set<String> evaluated = new LinkedHashSet<>(row.metrics().keySet());
    evaluated.addAll(row.metricErrors().keySet()); // a failed evaluation has an error and no score
    for (String name : evaluated) {
      Double value = row.metrics().get(name);
      g.writeObjectFieldStart(name);
      g.writeNumberField("passed", value != null && value >= ModelSummary.PASS_THRESHOLD ? 1 : 0);
      g.writeStringField("error", row.metricErrors().get(name));
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    out.endLineBuffered();
  }

  private String reason(ResultRow row, Double score, String metricError) {
    if (!row.ok()) {
      return "Provider error: " + row.error();
    }
    if (metricError != null) {
      return "Metric '" + metric + "' error: " + metricError;
    }
    if (score == null || score < ModelSummary.PASS_THRESHOLD) {
      return "Failed " + metric + " evaluation (score " + (score == null ? "missing" : score) + ")";
    }
    return null;
  }

  /**
   * Writes the summary line (models in {@code order}, then any other) and moves the file into
   * place.
   */
  void finish(List<String> order) throws IOException {
    JsonGenerator g = out.generator();
    g.writeStartObject();
    g.writeStringField("type", "summary");
    g.writeObjectFieldStart("data");
    head(g);
    g.writeNumberField("total_samples", totalSamples);
    g.writeNumberField("total_providers", run.models().size());
    g.writeObjectFieldStart("provider_summaries");
    Set<String> ids = new LinkedHashSet<>(order);
    ids.addAll(
        summaries.keySet()); // a model missing from the run's list still gets its summary, last
    for (String id : ids) {
      StudioSummary s = summaries.get(id);
      if (s != null) {
        g.writeFieldName(id);
        s.write(g);
      }
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    out.endLineBuffered();
    out.close();
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() throws IOException {
    out.close();
    Files.deleteIfExists(tmp);
  }

  private static void number(JsonGenerator g, String name, Number v) throws IOException {
    g.writeFieldName(name);
    ResultRowJson.writeNumber(g, v);
  }
}
