package ai.trainloop.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a call sent beside its messages, for results.jsonl's {@code params}, and the recorded fields
 * it left out, for the warnings and report.json's {@code models[].dropped_params}.
 *
 * @param params the parameters sent (see {@code ai.trainloop.chat.ParamsSummary}); empty when none
 * @param dropped recorded fields left out because they do not change the task; empty when none
 */
public record SentParams(Map<String, Object> params, List<String> dropped) {
  /** Nothing sent beside the messages, nothing left out. */
  public static final SentParams NONE = new SentParams(Map.of(), List.of());

  public SentParams {
    params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    dropped = dropped == null ? List.of() : List.copyOf(dropped);
  }
}
