package ai.trainloop.results;

import ai.trainloop.events.SampleSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * report.json's {@code samples}: what was benchmarked and what was read but not benchmarked.
 *
 * @param total samples benchmarked (each sent to every model)
 * @param perTag benchmarked samples per tag
 * @param linesRead event lines read
 * @param malformedLines lines skipped as malformed
 * @param duplicates lines whose prompt was already a sample
 * @param withoutSuite samples not sent because no suite covers their tag
 * @param filteredOut samples left out by {@code --tag} or {@code max_samples}
 */
public record SampleCounts(
    long total,
    Map<String, Long> perTag,
    long linesRead,
    long malformedLines,
    long duplicates,
    long withoutSuite,
    long filteredOut) {
  public SampleCounts {
    perTag = perTag == null ? Map.of() : new TreeMap<>(perTag);
  }

  /** The counts of the samples read for a run. */
  public static SampleCounts of(SampleSet s) {
    Map<String, Long> perTag = new LinkedHashMap<>();
    s.perTag().forEach((k, v) -> perTag.put(k, (long) v));
    return new SampleCounts(
        s.total(),
        perTag,
        s.linesRead(),
        s.malformed(),
        s.duplicates(),
        s.withoutSuite(),
        s.filteredOut());
  }
}
