package ai.trainloop.provider.gemini;

import ai.trainloop.provider.http.ApiError;
import ai.trainloop.provider.http.RetryAfter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The Gemini {@code generateContent} reply and error formats, as records (requests: {@link
 * GeminiRequests}).
 */
final class GeminiWire {

  private GeminiWire() {}

  /** A turn; {@code role} is null (left out) in {@code systemInstruction}. */
  record Content(String role, List<Part> parts) {}

  /**
   * {@code thought} is true on a thinking model's thought summaries, which are not the answer;
   * {@code functionCall} is a call the reply makes.
   */
  record Part(String text, Boolean thought, WireFunctionCall functionCall) {
    static Part of(String text) {
      return new Part(text, null, null);
    }
  }

  /** {@code args} is a JSON object; {@code id} is absent from the Gemini API's replies. */
  record WireFunctionCall(String id, String name, JsonNode args) {}

  record GenerateReply(
      List<Candidate> candidates, PromptFeedback promptFeedback, UsageMetadata usageMetadata) {}

  record Candidate(Content content, String finishReason, String finishMessage) {}

  record PromptFeedback(String blockReason, String blockReasonMessage) {}

  /**
   * {@code thoughtsTokenCount} is billed as output and is not part of {@code candidatesTokenCount}.
   */
  record UsageMetadata(
      Long promptTokenCount,
      Long candidatesTokenCount,
      Long thoughtsTokenCount,
      Long cachedContentTokenCount) {}

  /** {@code {"error": {"code", "message", "status", "details"}}}. */
  record ErrorBody(ErrorDetail error) {}

  record ErrorDetail(Integer code, String message, String status, List<JsonNode> details) {}

  /**
   * Reads a Gemini error body: the wait from a {@code RetryInfo} detail's {@code retryDelay}, and a
   * bad key (which Gemini answers with 400 INVALID_ARGUMENT, reason {@code API_KEY_INVALID}) as a
   * rejected key.
   */
  static ApiError parseError(ObjectMapper mapper, String body) throws IOException {
    ErrorBody parsed = mapper.readValue(body, ErrorBody.class);
    if (parsed == null || parsed.error() == null || parsed.error().message() == null) {
      return null;
    }
    ErrorDetail e = parsed.error();
    Duration retryDelay = null;
    boolean keyRejected = e.message().contains("API key not valid");
    for (JsonNode detail : e.details() == null ? List.<JsonNode>of() : e.details()) {
      if (retryDelay == null && detail.hasNonNull("retryDelay")) {
        retryDelay = RetryAfter.protobuf(detail.get("retryDelay").asText());
      }
      keyRejected |= detail.path("reason").asText("").startsWith("API_KEY_");
    }
    return new ApiError(e.message(), e.status(), retryDelay, keyRejected, false);
  }
}
