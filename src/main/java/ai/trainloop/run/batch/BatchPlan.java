package ai.trainloop.run.batch;

import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.batch.BatchItem;
import ai.trainloop.provider.batch.CustomIds;
import ai.trainloop.run.CallRequests;
import ai.trainloop.run.ModelTarget;
import ai.trainloop.run.PairFilter;
import ai.trainloop.run.RunOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One model's calls as batch items: the request the runner would send for each sample (never
 * streamed), under the custom id of the sample's position and repeat 0 ({@code s<n>-r0}); only the
 * pairs the run still sends (a resumed run: those without a result).
 */
public final class BatchPlan {
  private final Map<String, ChatRequest> requests = new LinkedHashMap<>();
  private final Map<String, RecordedCall> samples = new HashMap<>();
  private final Map<String, String> byPair = new HashMap<>();

  public BatchPlan(
      ModelTarget target, Iterable<RecordedCall> samples, RunOptions options, PairFilter pairs) {
    this(target, samples, options, pairs, 1);
  }

  /** As above, each sample {@code repeats} times ({@code s<n>-r<repeat>}). */
  public BatchPlan(
      ModelTarget target,
      Iterable<RecordedCall> samples,
      RunOptions options,
      PairFilter pairs,
      int repeats) {
    int index = 0;
    for (RecordedCall sample : samples) {
      for (int repeat = 0; repeat < repeats; repeat++) {
        String id = CustomIds.of(index, repeat);
        byPair.put(pair(sample.id(), repeat), id);
        if (pairs.sends(target, sample, repeat)) {
          requests.put(id, CallRequests.of(target, sample, options).streamed(false));
          this.samples.put(id, sample);
        }
      }
      index++;
    }
  }

  public List<BatchItem> items() {
    List<BatchItem> items = new ArrayList<>();
    requests.forEach((id, r) -> items.add(new BatchItem(id, r)));
    return items;
  }

  /** The sample of a planned call, by its custom id; null for an id not planned. */
  public RecordedCall sample(String customId) {
    return samples.get(customId);
  }

  /**
   * The custom id of repeat {@code repeat} of the sample {@code sampleId}: the one key results are
   * matched by (never the request, which the repeats of a sample share); null for a sample not in
   * the plan.
   */
  public String customId(String sampleId, int repeat) {
    return byPair.get(pair(sampleId, repeat));
  }

  private static String pair(String sampleId, int repeat) {
    return sampleId + "\u0000" + repeat;
  }
}
