package ai.trainloop.run;

import java.time.Duration;
import java.util.Map;

/**
 * How the run went, beyond its results.
 *
 * @param activeTime per model, the wall time from its first call's start to its last call's end
 * @param stopped models stopped for good, with the reason (key rejected, quota)
 * @param stopReason why the run stopped early (interrupt, budget), or null when it ran to the end
 */
public record RunSummary(
    Map<String, Duration> activeTime, Map<String, String> stopped, String stopReason) {
  public boolean complete() {
    return stopReason == null;
  }
}
