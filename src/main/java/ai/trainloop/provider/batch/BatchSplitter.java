package ai.trainloop.provider.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts lines into batches of at most {@link BatchLimits#maxRequests()} lines and {@link
 * BatchLimits#maxBytes()} bytes (a newline counted after each line), in their order.
 */
public final class BatchSplitter {
  private BatchSplitter() {}

  /**
   * @throws IllegalArgumentException when one line alone is larger than the byte limit
   */
  public static List<List<BatchLine>> split(List<BatchLine> lines, BatchLimits limits) {
    List<List<BatchLine>> batches = new ArrayList<>();
    List<BatchLine> current = new ArrayList<>();
    long bytes = 0;
    for (BatchLine line : lines) {
      long size = line.size() + 1L;
      if (size > limits.maxBytes()) {
        throw new IllegalArgumentException(
            "request " + line.customId() + " alone is larger than a batch may be");
      }
      if (!current.isEmpty()
          && (current.size() >= limits.maxRequests() || bytes + size > limits.maxBytes())) {
        batches.add(List.copyOf(current));
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(line);
      bytes += size;
    }
    if (!current.isEmpty()) {
      batches.add(List.copyOf(current));
    }
    return batches;
  }
}
