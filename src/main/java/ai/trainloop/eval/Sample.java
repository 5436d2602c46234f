package ai.trainloop.eval;

import java.util.List;
import java.util.Objects;

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
 */
public record Sample(
    String id,
    String tag,
    List<Message> input,
    String output,
    String model,
    String recordedOutput) {
  public Sample {
    Objects.requireNonNull(id, "id");
    tag = tag == null ? "" : tag;
    input = List.copyOf(input);
    output = output == null ? "" : output;
    model = model == null ? "" : model;
    recordedOutput = recordedOutput == null ? "" : recordedOutput;
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

  /** The same prompt with another model's reply. */
  public Sample withOutput(String newModel, String newOutput) {
    return new Sample(id, tag, input, newOutput, newModel, recordedOutput);
  }
}
