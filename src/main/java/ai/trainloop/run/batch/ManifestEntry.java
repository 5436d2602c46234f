package ai.trainloop.run.batch;

import java.time.Instant;
import java.util.List;

/** One submitted batch as {@code batches.json} keeps it. */
public record ManifestEntry(
    String vendor, String model, String batchId, List<String> customIds, Instant submittedAt) {
  public ManifestEntry {
    customIds = List.copyOf(customIds);
  }
}
