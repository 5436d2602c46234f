package ai.trainloop.provider;

import ai.trainloop.chat.ChatMessage;
import java.util.List;

/**
 * One call to send.
 *
 * @param model the provider's model id
 * @param messages the recorded messages, system messages included, in order
 * @param temperature null to leave it to the provider
 * @param maxTokens null to leave it to the provider (an adapter that must send one picks its
 *     default)
 * @param recorded the recorded reply and duration, used only by the recorded provider
 */
public record ChatRequest(
    String model,
    List<ChatMessage> messages,
    Double temperature,
    Integer maxTokens,
    Recorded recorded) {

  /** What the original call answered; {@code durationMs} may be null. */
  public record Recorded(String output, Long durationMs) {}

  public ChatRequest {
    messages = List.copyOf(messages);
  }
}
