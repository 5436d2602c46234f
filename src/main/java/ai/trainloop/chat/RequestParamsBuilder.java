package ai.trainloop.chat;

import java.util.List;
import java.util.Map;

/** Builds {@link RequestParams} by named components; unset ones are null or empty. */
public final class RequestParamsBuilder {
  private Double temperature;
  private Integer maxTokens;
  private Double topP;
  private Integer topK;
  private List<String> stop;
  private Long seed;
  private Double presencePenalty;
  private Double frequencyPenalty;
  private String reasoningEffort;
  private ResponseFormat responseFormat;
  private List<ToolSpec> tools;
  private ToolChoice toolChoice;
  private Boolean parallelToolCalls;
  private Boolean stream;
  private Map<String, Object> extra;
  private List<String> dropped;
  private Dialect dialect;

  RequestParamsBuilder() {}

  public RequestParamsBuilder temperature(Double v) {
    temperature = v;
    return this;
  }

  public RequestParamsBuilder maxTokens(Integer v) {
    maxTokens = v;
    return this;
  }

  public RequestParamsBuilder topP(Double v) {
    topP = v;
    return this;
  }

  public RequestParamsBuilder topK(Integer v) {
    topK = v;
    return this;
  }

  public RequestParamsBuilder stop(List<String> v) {
    stop = v;
    return this;
  }

  public RequestParamsBuilder seed(Long v) {
    seed = v;
    return this;
  }

  public RequestParamsBuilder presencePenalty(Double v) {
    presencePenalty = v;
    return this;
  }

  public RequestParamsBuilder frequencyPenalty(Double v) {
    frequencyPenalty = v;
    return this;
  }

  public RequestParamsBuilder reasoningEffort(String v) {
    reasoningEffort = v;
    return this;
  }

  public RequestParamsBuilder responseFormat(ResponseFormat v) {
    responseFormat = v;
    return this;
  }

  public RequestParamsBuilder tools(List<ToolSpec> v) {
    tools = v;
    return this;
  }

  public RequestParamsBuilder toolChoice(ToolChoice v) {
    toolChoice = v;
    return this;
  }

  public RequestParamsBuilder parallelToolCalls(Boolean v) {
    parallelToolCalls = v;
    return this;
  }

  public RequestParamsBuilder stream(Boolean v) {
    stream = v;
    return this;
  }

  public RequestParamsBuilder extra(Map<String, Object> v) {
    extra = v;
    return this;
  }

  public RequestParamsBuilder dropped(List<String> v) {
    dropped = v;
    return this;
  }

  public RequestParamsBuilder dialect(Dialect v) {
    dialect = v;
    return this;
  }

  public RequestParams build() {
    return new RequestParams(
        temperature,
        maxTokens,
        topP,
        topK,
        stop,
        seed,
        presencePenalty,
        frequencyPenalty,
        reasoningEffort,
        responseFormat,
        tools,
        toolChoice,
        parallelToolCalls,
        stream,
        extra,
        dropped,
        dialect);
  }
}
