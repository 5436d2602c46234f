package ai.trainloop.provider;

import java.time.Duration;

/**
 * A provider's answer.
 *
 * @param text the reply text
 * @param usage tokens as reported
 * @param finishReason the provider's stop / finish reason, null when absent
 * @param latency for the recorded provider only: the recorded duration (null elsewhere; the runner
 *     times real calls itself)
 */
public record ChatResponse(String text, Usage usage, String finishReason, Duration latency) {
  public ChatResponse(String text, Usage usage, String finishReason) {
    this(text, usage, finishReason, null);
  }
}
