package ai.trainloop.provider.gemini;

import ai.trainloop.chat.ToolCall;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.gemini.GeminiWire.Candidate;
import ai.trainloop.provider.gemini.GeminiWire.GenerateReply;
import ai.trainloop.provider.gemini.GeminiWire.Part;
import ai.trainloop.provider.gemini.GeminiWire.PromptFeedback;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code generateContent} reply body into a {@link ChatResponse}: the one place a reply is
 * read, whether it came whole or was put together from a stream. The text is the first candidate's
 * text parts joined (thought parts left out), the tool calls its {@code functionCall} parts (no id:
 * Gemini answers a call by name), and {@code finishReason} the finish reason.
 */
final class GeminiReplies {
  /**
   * Finish reasons of a complete (or merely length-cut) answer; any other one means the reply was
   * blocked.
   */
  private static final Set<String> ANSWERED =
      Set.of("STOP", "MAX_TOKENS", "FINISH_REASON_UNSPECIFIED");

  private GeminiReplies() {}

  /**
   * @throws ProviderException for a blocked prompt (no candidates) or a reply stopped for any
   *     reason but STOP or MAX_TOKENS (SAFETY, RECITATION, MALFORMED_FUNCTION_CALL, ...): that
   *     sample's error
   */
  static ChatResponse parse(GenerateReply reply) throws ProviderException {
    if (reply.candidates() == null || reply.candidates().isEmpty()) {
      throw new ProviderException(Kind.SAMPLE_ERROR, 200, blockedPrompt(reply.promptFeedback()));
    }
    Candidate candidate = reply.candidates().get(0);
    String reason = candidate.finishReason();
    if (reason != null && !ANSWERED.contains(reason)) {
      String detail = candidate.finishMessage() == null ? "" : ": " + candidate.finishMessage();
      throw new ProviderException(
          Kind.SAMPLE_ERROR,
          200,
          "google stopped the reply (finishReason " + reason + ")" + detail);
    }
    List<Part> parts =
        candidate.content() == null || candidate.content().parts() == null
            ? List.of()
            : candidate.content().parts();
    StringBuilder text = new StringBuilder();
    List<ToolCall> calls = new ArrayList<>();
    for (Part p : parts) {
      if (p == null || Boolean.TRUE.equals(p.thought())) {
        continue;
      }
      if (p.text() != null) {
        text.append(p.text());
      }
      if (p.functionCall() != null) {
        String args =
            p.functionCall().args() == null || p.functionCall().args().isNull()
                ? "{}"
                : p.functionCall().args().toString();
        String name = p.functionCall().name() == null ? "" : p.functionCall().name();
        calls.add(new ToolCall(p.functionCall().id(), name, args));
      }
    }
    return new ChatResponse(
        text.toString(), GeminiChatProvider.usage(reply.usageMetadata()), reason, null, calls);
  }

  private static String blockedPrompt(PromptFeedback feedback) {
    if (feedback == null) {
      return "google returned no candidates";
    }
    String reason = feedback.blockReason() == null ? "" : " (" + feedback.blockReason() + ")";
    String message =
        feedback.blockReasonMessage() == null ? "" : ": " + feedback.blockReasonMessage();
    return "google blocked the prompt" + reason + message;
  }
}
