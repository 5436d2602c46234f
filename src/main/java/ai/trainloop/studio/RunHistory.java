package ai.trainloop.studio;

import ai.trainloop.results.ResultRow;
import ai.trainloop.stats.Descriptive;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Score, cost per sample and p95 latency per model across runs, oldest run first. Without a tag the
 * figures are the reports' own (over all tags); for one tag they are computed from the run's
 * results with that tag: mean score over the successful calls, mean cost over the calls with a
 * known cost, p95 by nearest rank. A run whose files cannot be read is left out of the figures and
 * listed under {@code skipped} with its problem, as {@code trainloop history} does: one broken run
 * never hides the others.
 */
final class RunHistory {
  private RunHistory() {}

  /**
   * {@code {tag, tags: [every tag seen], runs: [{run_id, started_at, complete, models: [{id, score,
   * ci95, samples, cost_per_sample_usd, p95_ms}]}], skipped: [{run_id, reason}]}}.
   */
  static ObjectNode of(RunStore store, List<String> runIds, String tag) {
    ObjectNode out = StudioJson.MAPPER.createObjectNode();
    out.put("tag", tag);
    TreeSet<String> tags = new TreeSet<>();
    ArrayNode runs = out.putArray("runs");
    ArrayNode skipped = out.putArray("skipped");
    List<String> oldestFirst = new ArrayList<>(runIds);
    java.util.Collections.reverse(oldestFirst);
    for (String runId : oldestFirst) {
      try {
        ObjectNode run = run(store, runId, tag, tags);
        if (run != null) {
          runs.add(run);
        }
      } catch (IOException | RuntimeException e) {
        skipped.addObject().put("run_id", runId).put("reason", store.problem(e));
      }
    }
    out.set("tags", SamplePages.strings(new ArrayList<>(tags)));
    return out;
  }

  /**
   * One run's entry, adding the tags it has to {@code tags}; null when it has nothing for the tag.
   */
  private static ObjectNode run(RunStore store, String runId, String tag, Set<String> tags)
      throws IOException {
    Optional<ObjectNode> report = store.report(runId);
    if (report.isEmpty()) {
      return null;
    }
    if (tag != null && report.get().has("tags") && !tags(report.get()).contains(tag)) {
      report.get().path("tags").forEach(t -> tags.add(t.asText()));
      return null; // the report says which tags it benchmarked: no need to read its results
    }
    RunIndex index = tag == null ? null : store.index(runId).orElse(null);
    report.get().path("tags").forEach(t -> tags.add(t.asText()));
    if (index != null) {
      tags.addAll(index.tags());
    }
    return entry(runId, report.get(), index, tag);
  }

  private static List<String> tags(ObjectNode report) {
    List<String> out = new ArrayList<>();
    report.path("tags").forEach(t -> out.add(t.asText()));
    return out;
  }

  /**
   * One run's point of the history: from the report without a tag, from the index for a tag; null
   * when the run has no result with that tag.
   */
  static ObjectNode entry(String runId, ObjectNode report, RunIndex index, String tag) {
    ObjectNode run = StudioJson.MAPPER.createObjectNode();
    run.put("run_id", runId);
    run.put("started_at", StudioJson.text(report, "started_at"));
    run.put("complete", report.path("complete").asBoolean(false));
    ArrayNode models = run.putArray("models");
    if (tag == null) {
      report.path("models").forEach(m -> models.add(fromReport(m)));
      return run;
    }
    if (index == null || !index.tags().contains(tag)) {
      return null;
    }
    for (int m = 0; m < index.models().size(); m++) {
      models.add(forTag(index, m, tag));
    }
    return run;
  }

  private static ObjectNode fromReport(JsonNode model) {
    ObjectNode out = StudioJson.MAPPER.createObjectNode();
    out.put("id", model.path("id").asText("?"));
    out.set("score", StudioJson.at(model, "score", "mean"));
    out.set("ci95", StudioJson.at(model, "score", "ci95"));
    out.set("samples", model.get("samples"));
    JsonNode perSample = StudioJson.at(model, "cost", "per_sample_usd");
    BigDecimal total = StudioJson.decimal(StudioJson.at(model, "cost", "total_usd"));
    int samples = model.path("samples").asInt(0);
    if (perSample == null && total != null && samples > 0) {
      perSample =
          StudioJson.MAPPER
              .getNodeFactory()
              .numberNode(total.divide(BigDecimal.valueOf(samples), MathContext.DECIMAL64));
    }
    out.set("cost_per_sample_usd", perSample);
    out.set("p95_ms", StudioJson.at(model, "latency_ms", "p95"));
    return out;
  }

  private static ObjectNode forTag(RunIndex index, int model, String tag) {
    double scoreSum = 0;
    int scored = 0;
    BigDecimal cost = BigDecimal.ZERO;
    int costed = 0;
    List<Long> latencies = new ArrayList<>();
    for (RunIndex.Sample sample : index.samples()) {
      ResultRow row = sample.results().get(model);
      if (row == null || !tag.equals(sample.tag()) || !row.ok()) {
        continue;
      }
      if (row.score() != null) {
        scoreSum += row.score();
        scored++;
      }
      if (row.costUsd() != null) {
        cost = cost.add(row.costUsd());
        costed++;
      }
      if (row.latencyMs() != null) {
        latencies.add(row.latencyMs());
      }
    }
    ObjectNode out = StudioJson.MAPPER.createObjectNode();
    out.put("id", index.models().get(model));
    out.put("score", scored == 0 ? null : scoreSum / scored);
    out.put("samples", scored);
    out.put(
        "cost_per_sample_usd",
        costed == 0 ? null : cost.divide(BigDecimal.valueOf(costed), MathContext.DECIMAL64));
    out.put("p95_ms", latencies.isEmpty() ? null : nearestRank(latencies, 0.95));
    return out;
  }

  /**
   * The nearest-rank quantile ({@link Descriptive#percentile}, as report.json and the history use).
   */
  static Long nearestRank(List<Long> values, double quantile) {
    return (long)
        Descriptive.percentile(values.stream().mapToDouble(Long::doubleValue).toArray(), quantile);
  }
}
