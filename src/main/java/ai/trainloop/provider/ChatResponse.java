package ai.trainloop.provider;

import ai.trainloop.chat.ToolCall;
import ai.trainloop.eval.FinishReason;
import java.time.Duration;
import java.util.List;

/**
 * A provider's answer.
 *
 * @param text the reply text; "" when the reply only called tools
 * @param usage tokens as reported
 * @param finishReason the provider's own stop / finish reason word, null when absent ({@link
 *     #finish()} normalises it)
 * @param latency for the recorded provider only: the recorded duration (null elsewhere; the runner
 *     times real calls itself)
 * @param toolCalls the tool calls the reply made, in order, each with the vendor's id ("" when the
 *     vendor gives none) and its arguments as the model wrote them (JSON text, kept as written when
 *     it is not valid JSON)
 */
public record ChatResponse(
    String text, Usage usage, String finishReason, Duration latency, List<ToolCall> toolCalls) {
  public ChatResponse {
    text = text == null ? "" : text;
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
  }

  public ChatResponse(String text, Usage usage, String finishReason) {
    this(text, usage, finishReason, null, List.of());
  }

  public ChatResponse(String text, Usage usage, String finishReason, Duration latency) {
    this(text, usage, finishReason, latency, List.of());
  }

  /** The finish reason normalised ({@link FinishReason#fromVendor}); null when none was given. */
  public FinishReason finish() {
    return FinishReason.fromVendor(finishReason, !toolCalls.isEmpty());
  }
}
