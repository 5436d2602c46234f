package ai.trainloop.events;

import ai.trainloop.chat.ChatMessage;
import java.util.List;
import java.util.Map;

/**
 * One recorded LLM call, one line of {@code <data_folder>/events/*.jsonl}, reduced to what
 * benchmarking needs.
 *
 * @param id stable id from tag and input (see {@link SampleIds})
 * @param tag the call's tag ("" when untagged)
 * @param input the request's messages; list-of-parts content is joined into text
 * @param output the recorded reply text ("" when missing)
 * @param model the original model ("" when missing)
 * @param modelParams the original request's other fields (may be empty)
 * @param durationMs the original call's duration, null when unknown
 * @param source {@code file:line} of the line, for messages
 */
public record RecordedCall(
    String id,
    String tag,
    List<ChatMessage> input,
    String output,
    String model,
    Map<String, Object> modelParams,
    Long durationMs,
    String source) {}
