package ai.trainloop.results;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One {@code --resume} of a run, as run.json and report.json's {@code resumed[]} list it.
 *
 * @param at when the resume started
 * @param pairsSent the (sample, model) pairs it set out to send: those without a result, plus the
 *     failed ones with {@code --retry-errors}
 * @param errorsRetried failed results removed from results.jsonl to be sent again (0 without {@code
 *     --retry-errors})
 * @param forced what had changed in the config and was accepted with {@code --force}; empty when
 *     nothing had
 */
public record ResumeEntry(Instant at, long pairsSent, long errorsRetried, List<String> forced) {
  public ResumeEntry {
    Objects.requireNonNull(at, "at");
    forced = forced == null ? List.of() : List.copyOf(forced);
  }
}
