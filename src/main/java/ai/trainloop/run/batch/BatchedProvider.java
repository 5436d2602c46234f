package ai.trainloop.run.batch;

import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.batch.BatchOutcome;
import java.util.List;
import java.util.Map;

/**
 * A model whose calls went through its batch API, as the runner sees it: each call is answered at
 * once from the batch's outcome for the same request (its reply, or its error with the vendor's
 * reason), so the results go the same way as synchronous ones (scored, priced, journaled). A
 * request no batch answered is that sample's error. Thread-safe.
 */
public final class BatchedProvider implements ChatProvider {
  private final ChatProvider real;
  private final Map<ChatRequest, BatchOutcome> outcomes;

  /**
   * @param outcomes by the request as sent in the batch (never streamed)
   */
  public BatchedProvider(ChatProvider real, Map<ChatRequest, BatchOutcome> outcomes) {
    this.real = real;
    this.outcomes = Map.copyOf(outcomes);
  }

  @Override
  public ChatResponse complete(ChatRequest request) throws ProviderException {
    BatchOutcome o = outcomes.get(request.streamed(false));
    if (o == null) {
      throw new ProviderException(
          ProviderException.Kind.SAMPLE_ERROR, 0, "batch: no batch result for this call");
    }
    if (!o.ok()) {
      throw o.error();
    }
    return o.response();
  }

  @Override
  public List<String> dropped(ChatRequest request) {
    return real.dropped(request);
  }

  @Override
  public String name() {
    return real.name();
  }

  @Override
  public String keyVariable() {
    return real.keyVariable();
  }
}
