package ai.trainloop.run.batch;

import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.batch.BatchClient;
import ai.trainloop.provider.batch.BatchItem;
import ai.trainloop.provider.batch.BatchLine;
import ai.trainloop.provider.batch.BatchOutcome;
import ai.trainloop.provider.batch.BatchSplitter;
import ai.trainloop.provider.batch.BatchStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One model's calls through its vendor's batch API. Calls whose custom id is in a batch of the
 * manifest are collected from it (polled again), never submitted twice; the others are split at the
 * vendor's limits, and each batch is written to the manifest as soon as it is created. Results are
 * matched by custom id; an id an ended batch has no result for is an error with the batch's reason.
 * With {@code retryErrors}, ids whose earlier batch gave an error go into a new batch.
 */
public final class BatchSession {

  private final BatchManifest manifest;
  private final BatchPoller poller;
  private final BatchCalls calls;
  private final Clock clock;
  private final Consumer<String> progress;

  public BatchSession(
      BatchManifest manifest,
      PollSchedule schedule,
      Sleeper sleeper,
      Clock clock,
      BooleanSupplier stop,
      Consumer<String> progress,
      int retries) {
    this(manifest, schedule, sleeper, clock, stop, progress, progress, retries);
  }

  /**
   * As the other constructor, each poll's line (status, counts, elapsed) going to {@code polls}
   * apart from the other lines (submitted, collected, resubmitted), so that {@code --quiet} can
   * leave the polls out.
   */
  public BatchSession(
      BatchManifest manifest,
      PollSchedule schedule,
      Sleeper sleeper,
      Clock clock,
      BooleanSupplier stop,
      Consumer<String> progress,
      Consumer<String> polls,
      int retries) {
    this.manifest = manifest;
    this.calls = new BatchCalls(retries, Duration.ofSeconds(60), sleeper);
    this.poller = new BatchPoller(schedule, sleeper, clock, stop, polls, calls);
    this.clock = clock;
    this.progress = progress;
  }

  public BatchRun run(
      BatchClient client,
      String model,
      List<BatchItem> items,
      boolean retryErrors,
      BatchBudget budget)
      throws InterruptedException {
    Map<String, BatchItem> byId = new LinkedHashMap<>();
    items.forEach(i -> byId.put(i.customId(), i));
    Map<String, String> latest = new LinkedHashMap<>();
    for (ManifestEntry e : manifest.of(client.vendor(), model)) {
      e.customIds().stream().filter(byId::containsKey).forEach(id -> latest.put(id, e.batchId()));
    }
    Map<String, BatchOutcome> out = new LinkedHashMap<>();
    List<BatchItem> fresh = items.stream().filter(i -> !latest.containsKey(i.customId())).toList();
    List<String> ids = new ArrayList<>(Set.copyOf(latest.values()));
    if (!ids.isEmpty()) {
      progress.accept(
          model
              + ": collecting "
              + ids.size()
              + " batch(es) submitted"
              + " before, "
              + latest.size()
              + " call(s)");
    }
    String refused = submit(client, model, fresh, latest, out, ids, budget);
    if (refused != null) {
      return new BatchRun(out, ids, false, refused);
    }
    BatchRun first = collect(client, model, ids, latest, out);
    if (first.stopped() || !retryErrors) {
      return first;
    }
    Set<String> before = Set.copyOf(ids);
    List<BatchItem> again =
        items.stream()
            .filter(i -> before.contains(latest.get(i.customId())))
            .filter(i -> fresh.stream().noneMatch(f -> f.customId().equals(i.customId())))
            .filter(i -> out.containsKey(i.customId()) && !out.get(i.customId()).ok())
            .toList();
    if (again.isEmpty()) {
      return first;
    }
    progress.accept(model + ": resubmitting " + again.size() + " error(s)");
    List<String> retried = new ArrayList<>();
    refused = submit(client, model, again, latest, out, retried, budget);
    if (refused != null) {
      return new BatchRun(out, retried, false, refused);
    }
    return collect(client, model, retried, latest, out);
  }

  /** Submits {@code items} in batches at the limits; null, or the budget's refusal. */
  private String submit(
      BatchClient client,
      String model,
      List<BatchItem> items,
      Map<String, String> latest,
      Map<String, BatchOutcome> out,
      List<String> ids,
      BatchBudget budget)
      throws InterruptedException {
    if (items.isEmpty()) {
      return null;
    }
    List<BatchLine> lines = new ArrayList<>();
    for (BatchItem item : items) {
      try {
        lines.add(client.line(item));
      } catch (ProviderException e) {
        out.put(item.customId(), BatchOutcome.failed(item.customId(), e));
      }
    }
    Map<String, BatchItem> byId =
        items.stream().collect(Collectors.toMap(BatchItem::customId, i -> i));
    for (List<BatchLine> chunk : BatchSplitter.split(lines, client.limits())) {
      List<BatchItem> chunkItems = chunk.stream().map(l -> byId.get(l.customId())).toList();
      String refusal = budget.refusal(client.vendor(), model, chunkItems);
      if (refusal != null) {
        return refusal;
      }
      String id;
      try {
        id = calls.call(() -> client.submit(chunk));
      } catch (ProviderException e) {
        chunk.forEach(l -> out.put(l.customId(), BatchOutcome.failed(l.customId(), e)));
        continue;
      }
      List<String> customIds = chunk.stream().map(BatchLine::customId).toList();
      try {
        manifest.add(new ManifestEntry(client.vendor(), model, id, customIds, Instant.now(clock)));
      } catch (IOException e) {
        throw new UncheckedIOException(
            "batch " + id + " created but not written to the manifest", e);
      }
      customIds.forEach(c -> latest.put(c, id));
      ids.add(id);
      progress.accept(model + ": submitted batch " + id + " (" + chunk.size() + " requests)");
    }
    return null;
  }

  private BatchRun collect(
      BatchClient client,
      String model,
      List<String> ids,
      Map<String, String> latest,
      Map<String, BatchOutcome> out)
      throws InterruptedException {
    Map<String, BatchStatus> ended = poller.untilEnded(client, model, ids);
    List<String> running = ids.stream().filter(id -> !ended.containsKey(id)).toList();
    for (BatchStatus status : ended.values()) {
      Set<String> mine =
          latest.entrySet().stream()
              .filter(e -> e.getValue().equals(status.id()))
              .map(Map.Entry::getKey)
              .collect(Collectors.toSet());
      try {
        for (BatchOutcome o : calls.call(() -> client.results(status))) {
          if (mine.contains(o.customId())) {
            out.put(o.customId(), o);
          }
        }
      } catch (ProviderException e) {
        mine.forEach(c -> out.put(c, BatchOutcome.failed(c, e)));
      }
      String why = status.reason() != null ? status.reason() : "batch " + status.state();
      for (String c : mine) {
        out.putIfAbsent(
            c, BatchOutcome.failed(c, "no result in batch " + status.id() + ": " + why));
      }
    }
    return new BatchRun(out, running, !running.isEmpty(), null);
  }
}
