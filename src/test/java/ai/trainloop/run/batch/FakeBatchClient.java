package ai.trainloop.run.batch;

import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Usage;
import ai.trainloop.provider.batch.BatchClient;
import ai.trainloop.provider.batch.BatchItem;
import ai.trainloop.provider.batch.BatchLimits;
import ai.trainloop.provider.batch.BatchLine;
import ai.trainloop.provider.batch.BatchOutcome;
import ai.trainloop.provider.batch.BatchStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory vendor: batches end after {@code pollsToEnd} polls; ids in {@code failing} when
 * submitted fail in that batch (its results never change).
 */
final class FakeBatchClient implements BatchClient {
  final List<List<String>> submitted = new ArrayList<>();
  final List<String> polled = new ArrayList<>();
  final List<String> cancelled = new ArrayList<>();
  final Map<String, List<String>> batches = new LinkedHashMap<>();
  private final Map<String, Set<String>> failed = new LinkedHashMap<>();
  private final Map<String, Integer> polls = new LinkedHashMap<>();
  private final BatchLimits limits;
  private final int pollsToEnd;
  Set<String> failing = Set.of();

  FakeBatchClient(BatchLimits limits, int pollsToEnd) {
    this.limits = limits;
    this.pollsToEnd = pollsToEnd;
  }

  /** A batch the vendor already has (submitted by an earlier, killed, run). */
  void existing(String id, List<String> customIds) {
    batches.put(id, customIds);
  }

  @Override
  public String vendor() {
    return "fake";
  }

  @Override
  public BatchLimits limits() {
    return limits;
  }

  @Override
  public BatchLine line(BatchItem item) {
    return new BatchLine(item.customId(), item.customId().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String submit(List<BatchLine> lines) {
    List<String> ids = lines.stream().map(BatchLine::customId).toList();
    submitted.add(ids);
    String id = "batch_" + (batches.size() + 1);
    batches.put(id, ids);
    failed.put(id, failing);
    return id;
  }

  @Override
  public BatchStatus poll(String batchId) throws ProviderException {
    polled.add(batchId);
    int n = polls.merge(batchId, 1, Integer::sum);
    long total = batches.get(batchId).size();
    boolean ended = n >= pollsToEnd;
    return new BatchStatus(
        batchId,
        ended ? "ended" : "in_progress",
        ended,
        total,
        ended ? total : 0,
        0,
        null,
        ended ? "results/" + batchId : null,
        null);
  }

  @Override
  public List<BatchOutcome> results(BatchStatus ended) {
    List<BatchOutcome> out = new ArrayList<>();
    List<String> ids = new ArrayList<>(batches.get(ended.id()));
    java.util.Collections.reverse(ids);
    for (String id : ids) {
      out.add(
          failed.getOrDefault(ended.id(), Set.of()).contains(id)
              ? BatchOutcome.failed(id, "errored (overloaded_error: Overloaded)")
              : BatchOutcome.ok(id, new ChatResponse("reply " + id, Usage.of(10, 2), "stop")));
    }
    return out;
  }

  @Override
  public void cancel(String batchId) {
    cancelled.add(batchId);
  }
}
