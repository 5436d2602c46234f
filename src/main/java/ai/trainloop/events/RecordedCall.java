package ai.trainloop.events;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.chat.ToolCall;
import java.util.List;
import java.util.Map;

/**
 * One recorded LLM call, one line of {@code <data_folder>/events/*.jsonl}, reduced to what
 * benchmarking needs.
 *
 * @param id stable id from tag and input (see {@link SampleIds})
 * @param tag the call's tag ("" when untagged)
 * @param input the request's messages, the system prompt first (Anthropic's {@code
 *     modelParams.system} included)
 * @param output the recorded reply text ("" when missing)
 * @param model the original model ("" when missing)
 * @param modelParams the original request's other fields as plain values (may be empty)
 * @param params the same fields read for replay
 * @param durationMs the original call's duration, null when unknown
 * @param source {@code file:line} of the line, for messages
 * @param outputToolCalls the tool calls the recorded reply made (read from an Anthropic content
 *     list; the SDKs record none for OpenAI), empty when none
 * @param outputFinishReason the vendor's finish reason when the event recorded one ({@code
 *     output.finish_reason} or {@code output.stop_reason}), else null
 */
public record RecordedCall(
    String id,
    String tag,
    List<ChatMessage> input,
    String output,
    String model,
    Map<String, Object> modelParams,
    RequestParams params,
    Long durationMs,
    String source,
    List<ToolCall> outputToolCalls,
    String outputFinishReason) {
  public RecordedCall {
    params = params == null ? RequestParams.NONE : params;
    outputToolCalls = outputToolCalls == null ? List.of() : List.copyOf(outputToolCalls);
  }

  /** A call whose recorded reply made no tool call and gave no finish reason. */
  public RecordedCall(
      String id,
      String tag,
      List<ChatMessage> input,
      String output,
      String model,
      Map<String, Object> modelParams,
      RequestParams params,
      Long durationMs,
      String source) {
    this(id, tag, input, output, model, modelParams, params, durationMs, source, List.of(), null);
  }

  /** A call whose parameters are not read for replay (tests, other readers). */
  public RecordedCall(
      String id,
      String tag,
      List<ChatMessage> input,
      String output,
      String model,
      Map<String, Object> modelParams,
      Long durationMs,
      String source) {
    this(id, tag, input, output, model, modelParams, RequestParams.NONE, durationMs, source);
  }
}
