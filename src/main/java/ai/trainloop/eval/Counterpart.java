package ai.trainloop.eval;

import java.util.Objects;

/**
 * Another model's reply to the same sample, as a {@code judge_pairwise} metric against that model
 * compares with it: its text, or why there is none (its call failed, it was not sent, the run
 * stopped first, it is not in the run).
 *
 * @param modelId the other model, as the tables show it
 * @param reply its reply; null when there is none
 * @param error why there is no reply; null when there is one
 */
public record Counterpart(String modelId, String reply, String error) {
  public Counterpart {
    Objects.requireNonNull(modelId, "modelId");
    if ((reply == null) == (error == null)) {
      throw new IllegalArgumentException("a counterpart has a reply or an error, not both");
    }
  }

  /** The other model replied {@code reply}. */
  public static Counterpart replied(String modelId, String reply) {
    return new Counterpart(modelId, reply == null ? "" : reply, null);
  }

  /** The other model has no reply, for {@code why}. */
  public static Counterpart missing(String modelId, String why) {
    return new Counterpart(modelId, null, why == null || why.isBlank() ? "no reply" : why);
  }

  public boolean ok() {
    return error == null;
  }
}
