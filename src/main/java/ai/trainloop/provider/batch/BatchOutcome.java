package ai.trainloop.provider.batch;

import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;

/** One request's result from a batch: its reply, or its error with the vendor's reason. */
public record BatchOutcome(String customId, ChatResponse response, ProviderException error) {
  public BatchOutcome {
    if ((response == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of response and error");
    }
  }

  public static BatchOutcome ok(String customId, ChatResponse response) {
    return new BatchOutcome(customId, response, null);
  }

  public static BatchOutcome failed(String customId, String reason) {
    return new BatchOutcome(
        customId,
        null,
        new ProviderException(ProviderException.Kind.SAMPLE_ERROR, 0, "batch: " + reason));
  }

  public static BatchOutcome failed(String customId, ProviderException e) {
    return new BatchOutcome(customId, null, e);
  }

  public boolean ok() {
    return response != null;
  }
}
