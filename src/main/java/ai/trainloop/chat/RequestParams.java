package ai.trainloop.chat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's parameters in one vendor-neutral form: what a recorded call asked for, and, once the
 * command line and the config have had their say, what a replay sends. Null means "not set" (the
 * vendor's default).
 *
 * @param maxTokens {@code max_tokens}, or OpenAI's {@code max_completion_tokens}
 * @param topK Anthropic's {@code top_k}
 * @param stop {@code stop} or Anthropic's {@code stop_sequences}; empty when not set
 * @param responseFormat {@code response_format}; null when not set
 * @param tools the functions the model may call; empty when none
 * @param toolChoice {@code tool_choice}; null when not set
 * @param parallelToolCalls {@code parallel_tool_calls} (false also from Anthropic's {@code
 *     disable_parallel_tool_use: true})
 * @param stream {@code stream} as recorded: kept, not acted on
 * @param extra recorded fields this model does not know, as plain values: sent as recorded to a
 *     vendor of the recorded {@link #dialect}, a sample error for any other
 * @param dropped recorded fields that do not change the task ({@link RecordedFields#DROPPED}), left
 *     out for every vendor with a warning
 * @param dialect the format the call was recorded in
 */
public record RequestParams(
    Double temperature,
    Integer maxTokens,
    Double topP,
    Integer topK,
    List<String> stop,
    Long seed,
    Double presencePenalty,
    Double frequencyPenalty,
    String reasoningEffort,
    ResponseFormat responseFormat,
    List<ToolSpec> tools,
    ToolChoice toolChoice,
    Boolean parallelToolCalls,
    Boolean stream,
    Map<String, Object> extra,
    List<String> dropped,
    Dialect dialect) {

  /** Nothing set, recorded in OpenAI's format. */
  public static final RequestParams NONE = builder().build();

  public RequestParams {
    stop = stop == null ? List.of() : List.copyOf(stop);
    tools = tools == null ? List.of() : List.copyOf(tools);
    extra = extra == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    dropped = dropped == null ? List.of() : List.copyOf(dropped);
    dialect = dialect == null ? Dialect.OPENAI : dialect;
  }

  /** Only a temperature and a token limit, as a config entry sets them. */
  public static RequestParams of(Double temperature, Integer maxTokens) {
    return builder().temperature(temperature).maxTokens(maxTokens).build();
  }

  /**
   * What {@code benchmark.replay_params: config_only} keeps of a recorded call: the task's shape
   * (tools, tool_choice, parallel_tool_calls, response_format), none of its settings.
   */
  public RequestParams taskOnly() {
    return builder()
        .responseFormat(responseFormat)
        .tools(tools)
        .toolChoice(toolChoice)
        .parallelToolCalls(parallelToolCalls)
        .dialect(dialect)
        .build();
  }

  /** These parameters with another temperature and token limit (null: not set). */
  public RequestParams withLimits(Double newTemperature, Integer newMaxTokens) {
    return toBuilder().temperature(newTemperature).maxTokens(newMaxTokens).build();
  }

  /** Whether a presence or frequency penalty other than the default 0 is set. */
  public boolean penalized() {
    return (presencePenalty != null && presencePenalty != 0.0)
        || (frequencyPenalty != null && frequencyPenalty != 0.0);
  }

  public static RequestParamsBuilder builder() {
    return new RequestParamsBuilder();
  }

  public RequestParamsBuilder toBuilder() {
    return new RequestParamsBuilder()
            .temperature(temperature)
            .maxTokens(maxTokens)
            .topP(topP)
            .topK(topK)
            .stop(stop)
            .seed(seed)
            .presencePenalty(presencePenalty)
            .frequencyPenalty(frequencyPenalty)
            .reasoningEffort(reasoningEffort)
            .responseFormat(responseFormat)
            .tools(tools)
            .toolChoice(toolChoice)
            .parallelToolCalls(parallelToolCalls)
            .stream(stream)
            .extra(extra)
            .dropped(dropped)
            .dialect(dialect);
  }
}
