package ai.trainloop.studio;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.ToolCall;
import ai.trainloop.results.ResultRow;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Turns a run's index and a {@link SampleQuery} into one page of samples as JSON, the shape
 * page-samples.js shows.
 */
final class SamplePages {
  private SamplePages() {}

  /**
   * {@code {total, offset, limit, models, metrics, tags, samples: [...]}} where {@code total}
   * counts every match.
   */
  static ObjectNode page(RunIndex index, SampleQuery query) {
    ObjectNode out = StudioJson.MAPPER.createObjectNode();
    ArrayNode samples = StudioJson.MAPPER.createArrayNode();
    int total = 0;
    for (RunIndex.Sample sample : index.samples()) {
      if (!query.matches(sample, index.models())) {
        continue;
      }
      if (total >= query.offset() && samples.size() < query.limit()) {
        samples.add(sample(sample, index.models()));
      }
      total++;
    }
    out.put("total", total);
    out.put("offset", query.offset());
    out.put("limit", query.limit());
    out.set("models", strings(index.models()));
    out.set("metrics", strings(index.metrics()));
    out.set("tags", strings(index.tags()));
    out.put("skipped_lines", index.skippedLines());
    out.set("samples", samples);
    return out;
  }

  static ObjectNode sample(RunIndex.Sample sample, List<String> models) {
    ObjectNode out = StudioJson.MAPPER.createObjectNode();
    out.put("sample_id", sample.id());
    out.put("tag", sample.tag());
    ArrayNode input = out.putArray("input");
    for (ChatMessage m : sample.input()) {
      input.addObject().put("role", m.role()).put("content", m.content());
    }
    out.put("recorded_output", sample.recordedOutput());
    out.put("recorded_model", sample.recordedModel());
    ArrayNode results = out.putArray("results");
    for (int i = 0; i < models.size(); i++) {
      ResultRow row = sample.results().get(i);
      if (row == null) {
        results.addNull();
      } else {
        ObjectNode result = StudioJson.MAPPER.valueToTree(row);
        result.put("model_id", models.get(i));
        result.set("tool_calls", toolCalls(row));
        result.put("finish_reason", finishReason(row));
        results.add(result);
      }
    }
    return out;
  }

  /**
   * The reply's tool calls as {@code [{id, name, arguments}]}, arguments as the model wrote them.
   */
  static ArrayNode toolCalls(ResultRow row) {
    ArrayNode out = StudioJson.MAPPER.createArrayNode();
    for (ToolCall call : row.toolCalls()) {
      out.addObject()
          .put("id", call.id())
          .put("name", call.name())
          .put("arguments", call.argumentsJson());
    }
    return out;
  }

  /** {@code stop}, {@code length}, ... or null. */
  static String finishReason(ResultRow row) {
    return row.finishReason() == null ? null : row.finishReason().json();
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode out = StudioJson.MAPPER.createArrayNode();
    values.forEach(out::add);
    return out;
  }
}
