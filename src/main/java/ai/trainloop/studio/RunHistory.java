package ai.trainloop.studio;

import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ReportJson;
import ai.trainloop.results.ReportSummary;
import ai.trainloop.results.ResultRow;
import ai.trainloop.stats.Descriptive;
import ai.trainloop.stats.Interval;
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
    Optional<StudioReport> report = store.report(runId);
    if (report.isEmpty()) {
      return null;
    }
    List<String> reported = tags(report.get());
    tags.addAll(reported);
    if (tag != null && report.get().json().has("tags") && !reported.contains(tag)) {
      return null; // the report says which tags it benchmarked: no need to read its results
    }
    RunIndex index = tag == null ? null : store.index(runId).orElse(null);
    if (index != null) {
      tags.addAll(index.tags());
    }
    return entry(runId, report.get(), index, tag);
  }

  private static List<String> tags(StudioReport report) {
    return report.summary() == null ? List.of() : report.summary().run().tags();
  }

  /**
   * One run's point of the history: from the report without a tag, from the index for a tag; null
   * when the run has no result with that tag.
   */
  static ObjectNode entry(String runId, StudioReport report, RunIndex index, String tag) {
    ReportSummary summary = report.summary();
    ObjectNode run = StudioJson.MAPPER.createObjectNode();
    run.put("run_id", runId);
    run.put("started_at", summary == null ? null : ReportJson.instant(summary.run().startedAt()));
    run.put("complete", summary != null && summary.run().complete());
    ArrayNode models = run.putArray("models");
    if (tag == null) {
      if (summary != null) {
        summary.models().forEach(m -> models.add(fromReport(m)));
      }
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

  private static ObjectNode fromReport(ModelSummary model) {
    ObjectNode out = StudioJson.MAPPER.createObjectNode();
    out.put("id", model.id());
    out.put("score", model.score().mean());
    Interval ci95 = model.score().ci95();
    if (ci95 == null || !ci95.known()) {
      out.putNull("ci95");
    } else {
      out.putArray("ci95").add(ci95.lo()).add(ci95.hi());
    }
    out.put("samples", model.samples());
    BigDecimal perSample = model.cost() == null ? null : model.cost().perSample();
    BigDecimal total = model.cost() == null ? null : model.cost().total();
    if (perSample == null && total != null && model.samples() > 0) {
      perSample = total.divide(BigDecimal.valueOf(model.samples()), MathContext.DECIMAL64);
    }
    out.put("cost_per_sample_usd", perSample);
    out.put("p95_ms", model.latency().p95());
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
