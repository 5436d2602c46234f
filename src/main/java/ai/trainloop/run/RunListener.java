package ai.trainloop.run;

import java.time.Duration;

/**
 * What the runner tells the outside world while it works. Called from worker threads:
 * implementations are thread-safe.
 */
public interface RunListener {

  /**
   * A (sample, model) pair ended, scored or failed. Called exactly once per pair that was taken up.
   */
  void onResult(CallResult result);

  /**
   * Calls of {@code limiterKey} are held back: a retry after {@code wait}, because of {@code
   * reason}.
   */
  default void onWaiting(String modelId, Duration wait, String reason) {}

  /**
   * A model stopped for good (its key was rejected): its remaining samples fail with {@code
   * reason}.
   */
  default void onModelStopped(String modelId, String reason) {}
}
