package ai.trainloop.provider.batch;

import ai.trainloop.provider.ChatRequest;
import java.util.Objects;

/** One request of a batch and the custom id its result comes back under. */
public record BatchItem(String customId, ChatRequest request) {
  public BatchItem {
    CustomIds.check(customId);
    Objects.requireNonNull(request, "request");
  }
}
