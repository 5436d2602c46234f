package ai.trainloop.provider.openai;

import ai.trainloop.provider.http.ApiError;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;

/**
 * The Chat Completions reply and error formats (OpenAI, Azure OpenAI and every OpenAI-compatible
 * server), as records; requests are built by {@link OpenAiRequests}.
 */
final class OpenAiWire {

  private OpenAiWire() {}

  record ChatCompletion(List<Choice> choices, WireUsage usage) {}

  record Choice(ChoiceMessage message, @JsonProperty("finish_reason") String finishReason) {}

  /**
   * {@code content} is null beside {@code tool_calls} in a reply that only calls tools; {@code
   * function_call} is the legacy single call.
   */
  record ChoiceMessage(
      String content,
      String refusal,
      @JsonProperty("tool_calls") List<WireToolCall> toolCalls,
      @JsonProperty("function_call") WireFunction functionCall) {}

  record WireToolCall(String id, String type, WireFunction function) {}

  /**
   * {@code arguments} is JSON text as the model wrote it (possibly invalid); some compatible
   * servers send an object instead, hence a node.
   */
  record WireFunction(String name, JsonNode arguments) {}

  record WireUsage(
      @JsonProperty("prompt_tokens") Long promptTokens,
      @JsonProperty("completion_tokens") Long completionTokens,
      @JsonProperty("prompt_tokens_details") PromptDetails promptDetails,
      @JsonProperty("completion_tokens_details") CompletionDetails completionDetails) {}

  record PromptDetails(@JsonProperty("cached_tokens") Long cachedTokens) {}

  record CompletionDetails(@JsonProperty("reasoning_tokens") Long reasoningTokens) {}

  /** {@code {"error": {"message", "type", "param", "code"}}}. */
  record ErrorBody(ErrorDetail error) {}

  record ErrorDetail(String message, String type, String code) {}

  /**
   * Reads an OpenAI error body; {@code insufficient_quota} (a 429 that waiting does not cure) is
   * billing.
   */
  static ApiError parseError(ObjectMapper mapper, String body) throws IOException {
    ErrorBody parsed = mapper.readValue(body, ErrorBody.class);
    if (parsed == null || parsed.error() == null || parsed.error().message() == null) {
      return null;
    }
    ErrorDetail e = parsed.error();
    String code = e.code() != null ? e.code() : e.type();
    boolean billing =
        "insufficient_quota".equals(e.code()) || "insufficient_quota".equals(e.type());
    return new ApiError(e.message(), code, null, false, billing);
  }
}
