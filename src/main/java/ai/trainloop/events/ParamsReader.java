package ai.trainloop.events;

import static ai.trainloop.events.JsonReads.absent;
import static ai.trainloop.events.JsonReads.bad;
import static ai.trainloop.events.JsonReads.expected;
import static ai.trainloop.events.JsonReads.text;

import ai.trainloop.chat.Dialect;
import ai.trainloop.chat.RecordedFields;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.chat.RequestParamsBuilder;
import ai.trainloop.events.EventLineParser.MalformedLineException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recorded call's {@code modelParams} as {@link RequestParams}: the fields {@link
 * RecordedFields#MODELLED} names are read strictly (a wrong type is a problem naming the key), the
 * {@link RecordedFields#DROPPED} ones are listed, the rest kept as recorded. A null value is a
 * field not set.
 */
final class ParamsReader {
  private static final String AT = "modelParams.";

  private ParamsReader() {}

  static RequestParams read(JsonNode params, Dialect dialect) throws MalformedLineException {
    RequestParamsBuilder b = RequestParams.builder().dialect(dialect);
    if (absent(params)) {
      return b.build();
    }
    if (!params.isObject()) {
      throw bad("modelParams", expected("an object", params));
    }
    b
        .temperature(number(params, "temperature"))
        .topP(number(params, "top_p"))
        .topK(integer(params, "top_k"))
        .seed(whole(params, "seed"))
        .presencePenalty(number(params, "presence_penalty"))
        .frequencyPenalty(number(params, "frequency_penalty"))
        .reasoningEffort(string(params, "reasoning_effort"))
        .parallelToolCalls(bool(params, "parallel_tool_calls"))
        .stream(bool(params, "stream"))
        .responseFormat(ToolParamsReader.responseFormat(params.get("response_format")))
        .tools(ToolParamsReader.tools(params.get("tools")));
    Integer completion = integer(params, "max_completion_tokens");
    b.maxTokens(completion != null ? completion : integer(params, "max_tokens"));
    List<String> stop = stop(params, "stop");
    b.stop(stop.isEmpty() ? stop(params, "stop_sequences") : stop);
    ToolParamsReader.Choice choice = ToolParamsReader.toolChoice(params.get("tool_choice"));
    if (choice != null) {
      b.toolChoice(choice.choice());
      if (choice.noParallel()) {
        b.parallelToolCalls(false);
      }
    }
    List<String> dropped = new ArrayList<>();
    Map<String, Object> extra = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : params.properties()) {
      String key = e.getKey();
      if (absent(e.getValue())
          || RecordedFields.MODELLED.contains(key)
          || RecordedFields.IGNORED.contains(key)) {
        continue;
      }
      if (RecordedFields.DROPPED.contains(key)) {
        dropped.add(key);
      } else {
        extra.put(key, JsonReads.plain(e.getValue()));
      }
    }
    return b.dropped(dropped).extra(extra).build();
  }

  private static Double number(JsonNode p, String key) throws MalformedLineException {
    JsonNode v = p.get(key);
    if (absent(v)) {
      return null;
    }
    if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
      throw bad(AT + key, expected("a number", v));
    }
    return v.doubleValue();
  }

  private static Long whole(JsonNode p, String key) throws MalformedLineException {
    JsonNode v = p.get(key);
    if (absent(v)) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw bad(AT + key, expected("a whole number", v));
    }
    return v.longValue();
  }

  private static Integer integer(JsonNode p, String key) throws MalformedLineException {
    Long v = whole(p, key);
    if (v != null && (v < 0 || v > Integer.MAX_VALUE)) {
      throw bad(AT + key, "expected a whole number from 0 to " + Integer.MAX_VALUE + ", got " + v);
    }
    return v == null ? null : v.intValue();
  }

  private static Boolean bool(JsonNode p, String key) throws MalformedLineException {
    JsonNode v = p.get(key);
    if (absent(v)) {
      return null;
    }
    if (!v.isBoolean()) {
      throw bad(AT + key, expected("true or false", v));
    }
    return v.booleanValue();
  }

  private static String string(JsonNode p, String key) throws MalformedLineException {
    JsonNode v = p.get(key);
    return absent(v) ? null : text(v, AT + key);
  }

  /** A string, or a list of strings. */
  private static List<String> stop(JsonNode p, String key) throws MalformedLineException {
    JsonNode v = p.get(key);
    if (absent(v)) {
      return List.of();
    }
    if (v.isTextual()) {
      return List.of(v.asText());
    }
    if (!v.isArray()) {
      throw bad(AT + key, expected("a string or a list of strings", v));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      out.add(text(v.get(i), AT + key + "[" + i + "]"));
    }
    return out;
  }
}
