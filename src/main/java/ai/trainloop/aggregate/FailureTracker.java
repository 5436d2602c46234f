package ai.trainloop.aggregate;

import ai.trainloop.results.ResultRow;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Keeps each model's first error, so "every call failed" can say why. Thread-safe. */
public final class FailureTracker implements Consumer<ResultRow> {
  private final Map<String, String> firstError = new ConcurrentHashMap<>();

  @Override
  public void accept(ResultRow row) {
    if (!row.ok()) {
      firstError.putIfAbsent(row.modelId(), row.error());
    }
  }

  /** The error of the model's first failed call; null when none failed. */
  public String firstError(String modelId) {
    return firstError.get(modelId);
  }
}
