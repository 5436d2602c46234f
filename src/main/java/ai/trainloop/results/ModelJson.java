package ai.trainloop.results;

import ai.trainloop.cost.Price;
import ai.trainloop.stats.Interval;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Writes one {@link ModelSummary} as an entry of report.json's {@code models[]}. */
final class ModelJson {
  private ModelJson() {}

  static ObjectNode of(ModelSummary m, boolean trackCosts) {
    ObjectNode n = ReportJson.MAPPER.createObjectNode();
    n.put("id", m.id());
    n.put("provider", m.provider());
    n.put("model", m.model());
    n.put("status", m.status().json());
    n.put("status_reason", m.statusReason());
    n.put("samples", m.samples());
    n.put("errors", m.errors());
    n.put("error_rate", m.errorRate());
    n.put("unscored", m.unscored());
    n.put("truncated", m.truncated());
    n.put("timeouts", m.latency().timeouts());
    ObjectNode score = n.putObject("score");
    score.put("mean", m.score().mean());
    score.put("min", m.score().min());
    score.put("max", m.score().max());
    interval(score, m.score().ci95());
    ObjectNode metrics = n.putObject("metrics");
    m.metrics()
        .forEach(
            (name, s) -> {
              ObjectNode metric = metrics.putObject(name);
              metric.put("score", s.score());
              metric.put("pass_rate", s.passRate());
              metric.put("samples", s.samples());
              metric.put("errors", s.errors());
              interval(metric, s.ci95());
            });
    ObjectNode tokens = n.putObject("tokens");
    tokens.put("input", m.tokens().input());
    tokens.put("output", m.tokens().output());
    tokens.put("cached_input", m.tokens().cachedInput());
    tokens.put("reasoning", m.tokens().reasoning());
    if (trackCosts && m.cost() != null) {
      cost(n.putObject("cost"), m.cost());
    } else {
      n.putNull("cost");
    }
    ObjectNode latency = n.putObject("latency_ms");
    latency.put("mean", m.latency().mean());
    latency.put("p50", m.latency().p50());
    latency.put("p90", m.latency().p90());
    latency.put("p95", m.latency().p95());
    latency.put("p99", m.latency().p99());
    latency.put("max", m.latency().max());
    if (m.latency().connectMean() != null) {
      latency.put("connect_mean", m.latency().connectMean());
    }
    latency.put("requests_per_second", m.latency().requestsPerSecond());
    if (m.latency().streamed()) {
      // only for a streamed model, so reports of runs without streaming stay as they were
      latency.put("ttft_p50", m.latency().ttftP50());
      latency.put("ttft_p95", m.latency().ttftP95());
      n.put("output_tokens_per_second", m.latency().outputTokensPerSecond());
      n.put("streamed", true);
    }
    if (m.latency().batch()) {
      // only for a batched model, so reports of runs without --batch stay as they were
      n.put("batch", true);
    }
    ObjectNode retries = n.putObject("retries");
    retries.put("attempts", m.retries().attempts());
    retries.put("waited_ms", m.retries().waitedMs());
    if (m.selection() != null) {
      selection(n, m.selection());
    }
    if (!m.byTag().isEmpty()) {
      byTag(n.putObject("by_tag"), m.byTag(), trackCosts);
    }
    if (!m.droppedParams().isEmpty()) {
      m.droppedParams().forEach(n.putArray("dropped_params")::add);
    }
    // only for runs with repeats / cached replies, so the other reports stay as they were
    if (m.consistency() != null) {
      m.consistency().flakySamples().forEach(n.putArray("flaky_samples")::add);
      n.put("consistency", m.consistency().consistency());
    }
    if (m.cacheSavings() != null) {
      n.put("cached", m.cacheSavings().cached());
      n.put("saved_usd", m.cacheSavings().savedUsd());
    }
    return n;
  }

  private static void byTag(ObjectNode out, Map<String, TagSummary> tags, boolean trackCosts) {
    tags.forEach(
        (tag, t) -> {
          ObjectNode n = out.putObject(tag);
          n.put("samples", t.samples());
          n.put("errors", t.errors());
          ObjectNode score = n.putObject("score");
          score.put("mean", t.score().mean());
          score.put("min", t.score().min());
          score.put("max", t.score().max());
          interval(score, t.score().ci95());
          ObjectNode metrics = n.putObject("metrics");
          t.metrics()
              .forEach(
                  (name, s) -> {
                    ObjectNode metric = metrics.putObject(name);
                    metric.put("score", s.score());
                    metric.put("pass_rate", s.passRate());
                    metric.put("samples", s.samples());
                    metric.put("errors", s.errors());
                    interval(metric, s.ci95());
                  });
          if (trackCosts) {
            n.put("cost_usd", t.costUsd());
          } else {
            n.putNull("cost_usd");
          }
          ObjectNode latency = n.putObject("latency_ms");
          latency.put("p50", t.latencyP50());
          latency.put("p95", t.latencyP95());
        });
  }

  private static void cost(ObjectNode c, ModelSummary.Cost cost) {
    c.put("total_usd", cost.total());
    c.put("per_1k_tokens_usd", cost.per1kTokens());
    c.put("per_score_usd", cost.perScore());
    c.put("per_sample_usd", cost.perSample());
    Price p = cost.price();
    if (p == null) {
      c.putNull("price");
    } else {
      ObjectNode price = c.putObject("price");
      price.put("input_per_million", p.input());
      price.put("output_per_million", p.output());
      price.put("cached_input_per_million", p.cachedInput());
      price.put("source", p.source());
    }
    if (cost.judge() != null) {
      c.put("judge_usd", cost.judge().usd());
    }
  }

  /** {@code ci95: [lo, hi]}, or null when unknown; nothing when no interval was computed. */
  private static void interval(ObjectNode n, Interval i) {
    if (i == null) {
      return;
    }
    if (i.known()) {
      n.putArray("ci95").add(i.lo()).add(i.hi());
    } else {
      n.putNull("ci95");
    }
  }

  /**
   * {@code gates}, {@code normalized} (null without a decision-matrix row) and {@code composite}.
   */
  private static void selection(ObjectNode n, ModelSelection s) {
    if (s.gates() != null) {
      ObjectNode gates = n.putObject("gates");
      s.gates().forEach(gates::put);
    }
    if (s.normalized() != null && s.normalized().isEmpty()) {
      n.putNull("normalized");
    } else if (s.normalized() != null) {
      ObjectNode normalized = n.putObject("normalized");
      for (Map.Entry<String, Double> e : s.normalized().entrySet()) {
        normalized.put(e.getKey(), e.getValue());
      }
    }
    n.put("composite", s.composite());
  }
}
