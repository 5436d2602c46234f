package ai.trainloop.decide;

/**
 * The model to choose, or a plain sentence saying why there is none.
 *
 * @param modelId the recommended model; null when none can be recommended
 * @param composite its composite score; null without priorities (then it was chosen by Avg score)
 *     or without a model
 * @param reason for a model, why it was chosen (a clause: {@code highest composite 0.81 among
 *     ...}); without one, a whole sentence ({@code No model passes every gate: ...})
 */
public record Recommendation(String modelId, Double composite, String reason) {

  /** No recommendation, with the sentence that says why. */
  public static Recommendation none(String sentence) {
    return new Recommendation(null, null, sentence);
  }

  /** Whether a model is recommended. */
  public boolean found() {
    return modelId != null;
  }

  /** The one line the tables end with: {@code Recommended model: id (reason)}, or the sentence. */
  public String line() {
    return found() ? "Recommended model: " + modelId + " (" + reason + ")" : reason;
  }
}
