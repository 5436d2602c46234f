package ai.trainloop.run;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.eval.MetricScore;
import ai.trainloop.events.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** Everything a run tells its listener, and the small fixtures the runner tests share. */
final class Recorder implements RunListener {
  /** One {@link RunListener#onWaiting} call. */
  record Waiting(String modelId, Duration delay, String reason) {}

  final List<CallResult> results = new CopyOnWriteArrayList<>();
  final List<Waiting> waits = new CopyOnWriteArrayList<>();

  static final SampleScoring SCORING = s -> List.of(new MetricScore("any", 1, null));

  @Override
  public void onResult(CallResult result) {
    results.add(result);
  }

  @Override
  public void onWaiting(String modelId, Duration wait, String reason) {
    waits.add(new Waiting(modelId, wait, reason));
  }

  long resultsOf(String modelId) {
    return results.stream().filter(r -> r.modelId().equals(modelId)).count();
  }

  /** Samples with prompts "p0".."p{n-1}". */
  static List<RecordedCall> samples(int n) {
    List<RecordedCall> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(
          new RecordedCall(
              "id" + i,
              "t",
              List.of(new ChatMessage("user", "p" + i)),
              "recorded " + i,
              "gpt",
              Map.of(),
              100L,
              "f:" + i));
    }
    return list;
  }

  static ModelTarget target(ProviderEntry entry, ScriptedProvider provider) {
    return new ModelTarget(entry, provider, entry.provider());
  }

  /** Waits up to 10 s for {@code condition}; false when it never held. */
  static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }
}
