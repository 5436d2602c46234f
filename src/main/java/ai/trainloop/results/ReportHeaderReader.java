package ai.trainloop.results;

import ai.trainloop.config.RepeatReducer;
import ai.trainloop.config.SamplesPerTag;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of report.json before {@code models} back into the {@link RunInfo} they were
 * written from ({@link ReportHeaderJson}). Missing fields read as unknown: no {@code samples} or
 * {@code config} is null, a missing {@code complete} is true, a missing count is 0; a {@code
 * started_at} or {@code finished_at} that is not an ISO-8601 time is unknown, as {@link RunOrder}
 * treats it.
 */
final class ReportHeaderReader {
  private ReportHeaderReader() {}

  /** {@code tool.version}, or null when the report does not say. */
  static String toolVersion(JsonNode root) {
    JsonNode tool = JsonFields.object(root, "", "tool");
    return tool == null ? null : JsonFields.text(tool, "version");
  }

  static RunInfo read(JsonNode root) {
    List<String> tags = new ArrayList<>();
    root.path("tags").forEach(t -> tags.add(t.asText()));
    JsonNode samples = JsonFields.object(root, "", "samples");
    JsonNode config = JsonFields.object(root, "", "config");
    return new RunInfo(
        root.path("run_id").asText(""),
        instant(JsonFields.text(root, "started_at")),
        instant(JsonFields.text(root, "finished_at")),
        JsonFields.bool(root, "", "complete", true),
        JsonFields.text(root, "incomplete_reason"),
        (int) JsonFields.whole(root, "", "exit_code", 0),
        JsonFields.text(root, "exit_reason"),
        tags,
        samples == null ? null : samples(samples),
        config == null ? null : config(config, (int) JsonFields.whole(root, "", "repeats", 1)),
        resumed(root.path("resumed")));
  }

  private static List<ResumeEntry> resumed(JsonNode list) {
    List<ResumeEntry> out = new ArrayList<>();
    for (JsonNode e : list) {
      Instant at = instant(JsonFields.text(e, "at"));
      if (at != null) {
        List<String> forced = new ArrayList<>();
        e.path("forced").forEach(f -> forced.add(f.asText()));
        out.add(
            new ResumeEntry(
                at, e.path("pairs_sent").asLong(), e.path("errors_retried").asLong(), forced));
      }
    }
    return out;
  }

  private static Instant instant(String text) {
    return RunOrder.parse(text).orElse(null);
  }

  private static SampleCounts samples(JsonNode s) {
    String at = "samples";
    Map<String, Long> perTag = new LinkedHashMap<>();
    JsonNode tags = JsonFields.object(s, at, "per_tag");
    if (tags != null) {
      for (Iterator<String> it = tags.fieldNames(); it.hasNext(); ) {
        String tag = it.next();
        perTag.put(tag, JsonFields.whole(tags, at + ".per_tag", tag, 0));
      }
    }
    return new SampleCounts(
        JsonFields.whole(s, at, "total", 0),
        perTag,
        JsonFields.whole(s, at, "lines_read", 0),
        JsonFields.whole(s, at, "malformed_lines", 0),
        JsonFields.whole(s, at, "duplicates", 0),
        JsonFields.whole(s, at, "without_suite", 0),
        JsonFields.whole(s, at, "filtered_out", 0));
  }

  private static ConfigSummary config(JsonNode c, int repeats) {
    String at = "config";
    JsonNode thresholds = JsonFields.object(c, at, "thresholds");
    JsonNode t = thresholds == null ? ReportJson.MAPPER.createObjectNode() : thresholds;
    String tAt = at + ".thresholds";
    Map<String, Double> priorities = new LinkedHashMap<>();
    JsonNode weights = JsonFields.object(c, at, "priorities");
    if (weights != null) {
      for (Iterator<String> it = weights.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        priorities.put(name, JsonFields.real(weights, at + ".priorities", name));
      }
    }
    List<ProviderSummary> providers = new ArrayList<>();
    JsonNode list = c.get("providers");
    if (list != null && list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        providers.add(provider(list.get(i), at + ".providers[" + i + "]"));
      }
    }
    return new ConfigSummary(
        JsonFields.text(c, "config_file"),
        JsonFields.text(c, "data_folder"),
        JsonFields.integer(c, at, "max_samples"),
        JsonFields.whole(c, at, "seed"),
        (int) JsonFields.whole(c, at, "max_concurrent_requests", 0),
        JsonFields.real(c, at, "request_delay_s"),
        JsonFields.real(c, at, "temperature_override"),
        JsonFields.bool(c, at, "track_costs", true),
        JsonFields.real(t, tAt, "performance_threshold"),
        JsonFields.real(t, tAt, "cost_threshold"),
        JsonFields.real(t, tAt, "max_response_time_s"),
        priorities,
        providers,
        JsonFields.text(c, "replay_params"),
        JsonFields.bool(c, at, "stream", false),
        JsonFields.text(c, "speed_measure"),
        repeats,
        reducer(c, at),
        samplesPerTag(c, at));
  }

  /** {@code config.samples_per_tag}: a number or {tag: n}; null when absent. */
  private static SamplesPerTag samplesPerTag(JsonNode c, String at) {
    JsonNode v = c.get("samples_per_tag");
    if (v == null || v.isNull()) {
      return null;
    }
    try {
      if (!v.isObject()) {
        return SamplesPerTag.everyTag(JsonFields.integer(c, at, "samples_per_tag"));
      }
      Map<String, Integer> quotas = new LinkedHashMap<>();
      for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
        String tag = it.next();
        quotas.put(tag, JsonFields.integer(v, at + ".samples_per_tag", tag));
      }
      return SamplesPerTag.perTag(quotas);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw JsonFields.bad(at, "samples_per_tag", "expected a positive integer or {tag: n}");
    }
  }

  /** {@code config.repeat_reducer}: null when absent (a report from before repeats). */
  private static String reducer(JsonNode c, String at) {
    String key = JsonFields.text(c, "repeat_reducer");
    if (key != null && RepeatReducer.of(key) == null) {
      throw new IllegalArgumentException(
          at
              + ".repeat_reducer: expected one of "
              + RepeatReducer.keys()
              + ", got \""
              + key
              + "\"");
    }
    return key;
  }

  private static ProviderSummary provider(JsonNode p, String at) {
    if (p == null || !p.isObject()) {
      throw JsonFields.bad(at, "", "expected an object");
    }
    return new ProviderSummary(
        JsonFields.text(p, "id"),
        JsonFields.text(p, "provider"),
        JsonFields.text(p, "model"),
        JsonFields.real(p, at, "temperature"),
        JsonFields.integer(p, at, "max_tokens"),
        JsonFields.text(p, "base_url"),
        JsonFields.text(p, "label"));
  }
}
