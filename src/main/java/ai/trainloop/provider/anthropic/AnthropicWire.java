package ai.trainloop.provider.anthropic;

import ai.trainloop.provider.http.ApiError;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The Anthropic Messages reply and error formats, as records (requests: {@link AnthropicRequests}).
 */
final class AnthropicWire {

  private AnthropicWire() {}

  record MessagesReply(
      List<ContentBlock> content,
      @JsonProperty("stop_reason") String stopReason,
      WireUsage usage) {}

  /**
   * {@code text} blocks have {@code text}; {@code tool_use} blocks {@code id}, {@code name} and
   * {@code input}.
   */
  record ContentBlock(String type, String text, String id, String name, JsonNode input) {}

  /** The cache counts are not part of {@code input_tokens}. */
  record WireUsage(
      @JsonProperty("input_tokens") Long inputTokens,
      @JsonProperty("output_tokens") Long outputTokens,
      @JsonProperty("cache_creation_input_tokens") Long cacheCreationInputTokens,
      @JsonProperty("cache_read_input_tokens") Long cacheReadInputTokens) {}

  /** {@code {"type": "error", "error": {"type", "message"}}}. */
  record ErrorBody(ErrorDetail error) {}

  record ErrorDetail(String type, String message) {}

  /**
   * Reads an Anthropic error body. "Your credit balance is too low" arrives as a 400
   * invalid_request_error but no sample will succeed until someone pays: it is billing, which stops
   * the model.
   */
  static ApiError parseError(ObjectMapper mapper, String body) throws IOException {
    ErrorBody parsed = mapper.readValue(body, ErrorBody.class);
    if (parsed == null || parsed.error() == null || parsed.error().message() == null) {
      return null;
    }
    ErrorDetail e = parsed.error();
    boolean billing = e.message().toLowerCase(Locale.ROOT).contains("credit balance is too low");
    return new ApiError(e.message(), e.type(), null, false, billing);
  }
}
