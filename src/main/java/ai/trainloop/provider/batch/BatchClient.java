package ai.trainloop.provider.batch;

import ai.trainloop.provider.ProviderException;
import java.util.List;

/**
 * One vendor's batch API for one model. Every method makes HTTP calls with the provider's key, to
 * its configured host only; a failure is a {@link ProviderException} classified as a chat call's
 * (so retryable ones can be retried). Thread-safe.
 */
public interface BatchClient {

  /** The vendor's name as in the config ({@code openai}, {@code anthropic}). */
  String vendor();

  BatchLimits limits();

  /**
   * The item as one request of a batch.
   *
   * @throws ProviderException when this request cannot be sent (that item's error)
   */
  BatchLine line(BatchItem item) throws ProviderException;

  /** Creates one batch of {@code lines} (within the limits); its id. */
  String submit(List<BatchLine> lines) throws ProviderException;

  BatchStatus poll(String batchId) throws ProviderException;

  /**
   * The results of an ended batch, each by its custom id, in the order the vendor sent them.
   * Requests without one in the list are for the caller to report (expired, cancelled).
   */
  List<BatchOutcome> results(BatchStatus ended) throws ProviderException;

  /** Asks the vendor to cancel the batch (it ends with what was done so far). */
  void cancel(String batchId) throws ProviderException;
}
