package ai.trainloop.run.batch;

import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.batch.BatchItem;
import ai.trainloop.provider.batch.BatchOutcome;
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
        if (pairs.sends(target, sample, repeat)) {
          requests.put(
              CustomIds.of(index, repeat),
              CallRequests.of(target, sample, options).streamed(false));
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

  /** The outcomes by request, for {@link BatchedProvider}. */
  public Map<ChatRequest, BatchOutcome> byRequest(Map<String, BatchOutcome> outcomes) {
    Map<ChatRequest, BatchOutcome> out = new HashMap<>();
    requests.forEach(
        (id, r) -> {
          BatchOutcome o = outcomes.get(id);
          if (o != null) {
            out.putIfAbsent(r, o);
          }
        });
    return out;
  }
}
