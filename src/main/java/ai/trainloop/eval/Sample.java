package ai.trainloop.eval;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded prompt together with the reply of the model being scored.
 *
 * @param id stable id of the recorded prompt, derived from its tag and input; identical in every
 *     run
 * @param tag the tag the application gave the call ({@code ""} when untagged)
 * @param input the request's messages, system messages included
 * @param output this model's reply text
 * @param model the id of the model that wrote {@code output}, as the tables show it ({@code
 *     openai/gpt-4o})
 * @param recordedOutput the reply the original model gave when the call was recorded
 * @param toolCalls the tool calls this model's reply made, in order; empty when it made none (a
 *     reply that only calls tools has {@code output} "")
 * @param finishReason why this model's reply ended; null when the reply did not say (a recorded
 *     reply, a custom provider)
 * @param latency how long this model took to reply (the call's latency as the tables count it);
 *     empty when it is not this run's: a reply read from the response cache, or a sample scored
 *     without a call
 * @param costUsd what this call cost at the model's price (a cached reply: what it cost when it was
 *     made); empty when the price or the reply's token usage is unknown
 */
public record Sample(
    String id,
    String tag,
    List<Message> input,
    String output,
    String model,
    String recordedOutput,
    List<FunctionCall> toolCalls,
    FinishReason finishReason,
    Optional<Duration> latency,
    Optional<BigDecimal> costUsd) {
  public Sample {
    latency = latency == null ? Optional.empty() : latency;
    costUsd = costUsd == null ? Optional.empty() : costUsd;
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
    Objects.requireNonNull(id, "id");
    tag = tag == null ? "" : tag;
    input = List.copyOf(input);
    output = output == null ? "" : output;
    model = model == null ? "" : model;
    recordedOutput = recordedOutput == null ? "" : recordedOutput;
  }

  /** A sample whose latency and cost are unknown. */
  public Sample(
      String id,
      String tag,
      List<Message> input,
      String output,
      String model,
      String recordedOutput,
      List<FunctionCall> toolCalls,
      FinishReason finishReason) {
    this(
        id,
        tag,
        input,
        output,
        model,
        recordedOutput,
        toolCalls,
        finishReason,
        Optional.empty(),
        Optional.empty());
  }

  /** A sample whose reply made no tool call and did not say why it ended. */
  public Sample(
      String id,
      String tag,
      List<Message> input,
      String output,
      String model,
      String recordedOutput) {
    this(id, tag, input, output, model, recordedOutput, List.of(), null);
  }

  /** True when the reply was cut at the token limit ({@link FinishReason#LENGTH}). */
  public boolean truncated() {
    return finishReason == FinishReason.LENGTH;
  }

  /** The reply's first call of function {@code name}, or null when it made none. */
  public FunctionCall toolCall(String name) {
    for (FunctionCall call : toolCalls) {
      if (call.name().equals(name)) {
        return call;
      }
    }
    return null;
  }

  /** The text of the last user message, or "" when there is none. */
  public String lastUserMessage() {
    for (int i = input.size() - 1; i >= 0; i--) {
      if ("user".equals(input.get(i).role())) {
        return input.get(i).content();
      }
    }
    return "";
  }

  /** The same prompt with another model's reply text (no tool calls, no finish reason). */
  public Sample withOutput(String newModel, String newOutput) {
    return new Sample(id, tag, input, newOutput, newModel, recordedOutput);
  }

  /** The same prompt with another model's whole reply. */
  public Sample withReply(
      String newModel,
      String newOutput,
      List<FunctionCall> newToolCalls,
      FinishReason newFinishReason) {
    return new Sample(
        id, tag, input, newOutput, newModel, recordedOutput, newToolCalls, newFinishReason);
  }

  /**
   * The same sample with the call's latency and cost (null for unknown): what {@code max_latency}
   * and {@code max_cost} judge.
   */
  public Sample withMeasures(Duration callLatency, BigDecimal callCostUsd) {
    return new Sample(
        id,
        tag,
        input,
        output,
        model,
        recordedOutput,
        toolCalls,
        finishReason,
        Optional.ofNullable(callLatency),
        Optional.ofNullable(callCostUsd));
  }
}
