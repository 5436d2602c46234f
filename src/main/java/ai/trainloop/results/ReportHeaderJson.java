package ai.trainloop.results;

import ai.trainloop.config.SamplesPerTag;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;

/** The fields of report.json before {@code models}: header, samples and config. */
final class ReportHeaderJson {
  private ReportHeaderJson() {}

  static void write(JsonGenerator g, RunInfo run, String toolVersion, int schemaVersion)
      throws IOException {
    g.writeNumberField("schema_version", schemaVersion);
    g.writeObjectFieldStart("tool");
    g.writeStringField("name", "trainloop");
    g.writeStringField("version", toolVersion);
    g.writeEndObject();
    g.writeStringField("run_id", run.runId());
    g.writeStringField("started_at", ReportJson.instant(run.startedAt()));
    g.writeStringField("finished_at", ReportJson.instant(run.finishedAt()));
    g.writeBooleanField("complete", run.complete());
    g.writeStringField("incomplete_reason", run.incompleteReason());
    g.writeNumberField("exit_code", run.exitCode());
    g.writeStringField("exit_reason", run.exitReason());
    if (!run.resumed().isEmpty()) {
      g.writeArrayFieldStart("resumed");
      for (ResumeEntry e : run.resumed()) {
        g.writeTree(RunManifestJson.entry(e));
      }
      g.writeEndArray();
    }
    if (run.config() != null) {
      g.writeNumberField("repeats", run.config().repeats());
    }
    g.writeArrayFieldStart("tags");
    for (String tag : run.tags()) {
      g.writeString(tag);
    }
    g.writeEndArray();
    samples(g, run.samples());
    config(g, run.config());
  }

  private static void samples(JsonGenerator g, SampleCounts s) throws IOException {
    g.writeFieldName("samples");
    if (s == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeNumberField("total", s.total());
    g.writeObjectFieldStart("per_tag");
    for (Map.Entry<String, Long> e : s.perTag().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeNumberField("lines_read", s.linesRead());
    g.writeNumberField("malformed_lines", s.malformedLines());
    g.writeNumberField("duplicates", s.duplicates());
    g.writeNumberField("without_suite", s.withoutSuite());
    g.writeNumberField("filtered_out", s.filteredOut());
    g.writeEndObject();
  }

  /** {@code samples_per_tag}: a number or {tag: n}; absent when not set, as before quotas. */
  private static void samplesPerTag(JsonGenerator g, SamplesPerTag q) throws IOException {
    if (q == null) {
      return;
    }
    if (q.every() != null) {
      g.writeNumberField("samples_per_tag", q.every());
      return;
    }
    g.writeObjectFieldStart("samples_per_tag");
    for (Map.Entry<String, Integer> e : q.byTag().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void config(JsonGenerator g, ConfigSummary c) throws IOException {
    g.writeFieldName("config");
    if (c == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("config_file", c.configFile());
    g.writeStringField("data_folder", c.dataFolder());
    number(g, "max_samples", c.maxSamples());
    number(g, "seed", c.seed());
    g.writeNumberField("max_concurrent_requests", c.maxConcurrentRequests());
    number(g, "request_delay_s", c.requestDelaySeconds());
    number(g, "temperature_override", c.temperatureOverride());
    g.writeStringField("replay_params", c.replayParams());
    g.writeBooleanField("stream", c.stream());
    g.writeStringField("speed_measure", c.speedMeasure());
    g.writeStringField("repeat_reducer", c.repeatReducer());
    samplesPerTag(g, c.samplesPerTag());
    g.writeBooleanField("track_costs", c.trackCosts());
    g.writeObjectFieldStart("thresholds");
    number(g, "performance_threshold", c.performanceThreshold());
    number(g, "cost_threshold", c.costThreshold());
    number(g, "max_response_time_s", c.maxResponseTimeSeconds());
    g.writeEndObject();
    g.writeObjectFieldStart("priorities");
    for (Map.Entry<String, Double> e : c.priorities().entrySet()) {
      number(g, e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("providers");
    for (ProviderSummary p : c.providers()) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      g.writeStringField("provider", p.provider());
      g.writeStringField("model", p.model());
      number(g, "temperature", p.temperature());
      number(g, "max_tokens", p.maxTokens());
      g.writeStringField("base_url", p.baseUrl());
      g.writeStringField("label", p.label());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, Number v) throws IOException {
    g.writeFieldName(name);
    ResultRowJson.writeNumber(g, v);
  }
}
