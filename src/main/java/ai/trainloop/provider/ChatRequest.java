package ai.trainloop.provider;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.chat.ToolCall;
import java.util.List;

/**
 * One call to send.
 *
 * @param model the provider's model id
 * @param messages the recorded messages, system messages included, in order
 * @param params what to send beside the messages, the command line's and the config's values
 *     already in; null fields are left to the vendor (an adapter that must send one picks its
 *     default)
 * @param recorded the recorded reply and duration, used only by the recorded provider
 * @param stream whether to ask for the reply as a stream (its time to first token is then
 *     measured); what the recorded call's {@code stream} was does not decide it (see {@link
 *     RequestParams#stream()})
 */
public record ChatRequest(
    String model,
    List<ChatMessage> messages,
    RequestParams params,
    Recorded recorded,
    boolean stream) {

  /**
   * What the original call answered; {@code durationMs} and {@code finishReason} (the vendor's
   * word) may be null.
   */
  public record Recorded(
      String output, Long durationMs, List<ToolCall> toolCalls, String finishReason) {
    public Recorded {
      toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    }

    /** A recorded reply without tool calls or finish reason. */
    public Recorded(String output, Long durationMs) {
      this(output, durationMs, List.of(), null);
    }
  }

  public ChatRequest {
    messages = List.copyOf(messages);
    params = params == null ? RequestParams.NONE : params;
  }

  /** A call whose reply is not streamed. */
  public ChatRequest(
      String model, List<ChatMessage> messages, RequestParams params, Recorded recorded) {
    this(model, messages, params, recorded, false);
  }

  /** This call, its reply streamed or not. */
  public ChatRequest streamed(boolean streamed) {
    return new ChatRequest(model, messages, params, recorded, streamed);
  }

  /** A call with only a temperature and a token limit (null: the vendor's default). */
  public ChatRequest(
      String model,
      List<ChatMessage> messages,
      Double temperature,
      Integer maxTokens,
      Recorded recorded) {
    this(model, messages, RequestParams.of(temperature, maxTokens), recorded);
  }

  /** The temperature to send; null to leave it to the provider. */
  public Double temperature() {
    return params.temperature();
  }

  /** The reply's token limit; null to leave it to the provider. */
  public Integer maxTokens() {
    return params.maxTokens();
  }
}
