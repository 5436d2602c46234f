package ai.trainloop.run.batch;

import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.batch.BatchOutcome;
import java.util.List;
import java.util.Map;

/**
 * A model whose calls went through its batch API, as the runner sees it: each call is answered at
 * once from the batch's outcome under its custom id — its sample and repeat, as the runner tells
 * them in the call's trace, never the request (the repeats of a sample send the same one) — its
 * reply, or its error with the vendor's reason. So the results go the same way as synchronous ones
 * (scored, priced, journaled); nothing is sent. A call no batch answered is that sample's error.
 * Thread-safe.
 */
public final class BatchedProvider implements ChatProvider {
  private final ChatProvider real;
  private final BatchPlan plan;
  private final Map<String, BatchOutcome> outcomes;

  /**
   * @param outcomes by custom id ({@code s<n>-r<repeat>})
   */
  public BatchedProvider(ChatProvider real, BatchPlan plan, Map<String, BatchOutcome> outcomes) {
    this.real = real;
    this.plan = plan;
    this.outcomes = Map.copyOf(outcomes);
  }

  @Override
  public ChatResponse complete(ChatRequest request) throws ProviderException {
    throw new ProviderException(
        ProviderException.Kind.SAMPLE_ERROR, 0, "batch: a call without its sample and repeat");
  }

  @Override
  public ChatResponse complete(ChatRequest request, CallCancel cancel) throws ProviderException {
    cancel.trace().batched(true);
    String id = plan.customId(cancel.trace().sampleId(), cancel.trace().repeat());
    BatchOutcome o = id == null ? null : outcomes.get(id);
    if (o == null) {
      throw new ProviderException(
          ProviderException.Kind.SAMPLE_ERROR,
          0,
          "batch: no batch result for " + (id == null ? "this call" : id));
    }
    if (!o.ok()) {
      // asking again gives the same line: a retryable failure is final here (--retry-errors)
      ProviderException e = o.error();
      throw e.kind() == ProviderException.Kind.RETRYABLE
          ? new ProviderException(ProviderException.Kind.SAMPLE_ERROR, e.status(), e.getMessage())
          : e;
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
