package ai.trainloop.run;

import ai.trainloop.config.ReplayParams;
import ai.trainloop.config.RetryConfig;
import java.time.Duration;

/**
 * How calls are sent.
 *
 * @param maxConcurrent calls in flight in all, across every provider
 * @param requestDelay least time between two call starts to one provider (zero for none)
 * @param retry attempts per call and the longest single wait
 * @param temperatureOverride {@code --temperature}: replaces every entry's temperature; null for
 *     none
 * @param jitterSeed seed of the backoff jitter, so a test run waits the same way twice
 * @param replayParams whether calls send the recorded parameters where the command line and the
 *     entry set none
 * @param stream whether replies are streamed where the entry does not say ({@code --stream} or
 *     {@code benchmark.stream})
 */
public record RunOptions(
    int maxConcurrent,
    Duration requestDelay,
    RetryConfig retry,
    Double temperatureOverride,
    long jitterSeed,
    ReplayParams replayParams,
    boolean stream) {
  public RunOptions {
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("maxConcurrent must be at least 1");
    }
    requestDelay = requestDelay == null ? Duration.ZERO : requestDelay;
    retry = retry == null ? RetryConfig.DEFAULT : retry;
    replayParams = replayParams == null ? ReplayParams.RECORDED : replayParams;
  }

  /** Options whose replies are not streamed. */
  public RunOptions(
      int maxConcurrent,
      Duration requestDelay,
      RetryConfig retry,
      Double temperatureOverride,
      long jitterSeed,
      ReplayParams replayParams) {
    this(maxConcurrent, requestDelay, retry, temperatureOverride, jitterSeed, replayParams, false);
  }

  /** Options that send the recorded parameters. */
  public RunOptions(
      int maxConcurrent,
      Duration requestDelay,
      RetryConfig retry,
      Double temperatureOverride,
      long jitterSeed) {
    this(
        maxConcurrent, requestDelay, retry, temperatureOverride, jitterSeed, ReplayParams.RECORDED);
  }
}
