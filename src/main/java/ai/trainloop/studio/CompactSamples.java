package ai.trainloop.studio;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.results.ResultRow;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A run's samples as column arrays for the offline HTML report: one array per field instead of one
 * object per (sample, model), so names are written once, not 50,000 times. page-samples.js rebuilds
 * the same sample objects the server's API sends ({@link SamplePages#sample}).
 *
 * <pre>
 * {models, metrics, tags, id: [..], tag: [tag index..], input: [[[role, content]..]..], recorded: [..],
 *  recorded_model: [..], results: [per model: {st: [0 none | 1 ok | 2 failed], score, latency, cost, in, out,
 *  attempts, error, response: [..], finish: [..], metric: [per metric: [..]], metric_errors: {sample index:
 *  {metric: msg}}, tool_calls: {sample index: [{id, name, arguments}..]}}]}
 * </pre>
 */
final class CompactSamples {
  private CompactSamples() {}

  static ObjectNode of(RunIndex index) {
    ObjectNode out = StudioJson.MAPPER.createObjectNode();
    List<String> models = index.models();
    List<String> metrics = index.metrics();
    out.set("models", SamplePages.strings(models));
    out.set("metrics", SamplePages.strings(metrics));
    out.set("tags", SamplePages.strings(index.tags()));
    ArrayNode ids = out.putArray("id");
    ArrayNode tags = out.putArray("tag");
    ArrayNode inputs = out.putArray("input");
    ArrayNode recorded = out.putArray("recorded");
    ArrayNode recordedModel = out.putArray("recorded_model");
    for (RunIndex.Sample sample : index.samples()) {
      ids.add(sample.id());
      tags.add(index.tags().indexOf(sample.tag()));
      ArrayNode input = inputs.addArray();
      for (ChatMessage m : sample.input()) {
        input.addArray().add(m.role()).add(m.content());
      }
      recorded.add(sample.recordedOutput());
      recordedModel.add(sample.recordedModel());
    }
    ArrayNode results = out.putArray("results");
    for (int m = 0; m < models.size(); m++) {
      results.add(column(index, m, metrics));
    }
    return out;
  }

  private static ObjectNode column(RunIndex index, int model, List<String> metrics) {
    ObjectNode col = StudioJson.MAPPER.createObjectNode();
    ArrayNode st = col.putArray("st");
    ArrayNode score = col.putArray("score");
    ArrayNode latency = col.putArray("latency");
    ArrayNode cost = col.putArray("cost");
    ArrayNode in = col.putArray("in");
    ArrayNode outTokens = col.putArray("out");
    ArrayNode attempts = col.putArray("attempts");
    ArrayNode error = col.putArray("error");
    ArrayNode response = col.putArray("response");
    ArrayNode finish = col.putArray("finish");
    ArrayNode metricCols = col.putArray("metric");
    ArrayNode[] perMetric = new ArrayNode[metrics.size()];
    for (int k = 0; k < perMetric.length; k++) {
      perMetric[k] = metricCols.addArray();
    }
    ObjectNode metricErrors = col.putObject("metric_errors");
    ObjectNode reasons = null; // only when some metric gave a reason
    ObjectNode toolCalls = null; // only when some reply called a tool
    List<RunIndex.Sample> samples = index.samples();
    for (int s = 0; s < samples.size(); s++) {
      ResultRow r = samples.get(s).results().get(model);
      st.add(r == null ? 0 : r.ok() ? 1 : 2);
      score.add(r == null ? null : r.score());
      latency.add(r == null ? null : r.latencyMs());
      cost.add(r == null ? null : r.costUsd());
      in.add(r == null ? null : r.inputTokens());
      outTokens.add(r == null ? null : r.outputTokens());
      attempts.add(r == null ? 0 : r.attempts());
      error.add(r == null ? null : r.error());
      response.add(r == null ? null : r.response());
      finish.add(r == null ? null : SamplePages.finishReason(r));
      if (r != null && !r.toolCalls().isEmpty()) {
        toolCalls = toolCalls == null ? col.putObject("tool_calls") : toolCalls;
        toolCalls.set(Integer.toString(s), SamplePages.toolCalls(r));
      }
      for (int k = 0; k < perMetric.length; k++) {
        Map<String, Double> values = r == null ? null : r.metrics();
        perMetric[k].add(values == null ? null : values.get(metrics.get(k)));
      }
      if (r != null && r.metricErrors() != null && !r.metricErrors().isEmpty()) {
        ObjectNode errs = metricErrors.putObject(Integer.toString(s));
        r.metricErrors().forEach(errs::put);
      }
      if (r != null && !r.reasons().isEmpty()) {
        reasons = reasons == null ? col.putObject("reasons") : reasons;
        r.reasons().forEach(reasons.putObject(Integer.toString(s))::put);
      }
    }
    return col;
  }
}
