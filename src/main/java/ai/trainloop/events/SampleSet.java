package ai.trainloop.events;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The samples chosen for a benchmark, with the counts behind the choice. The samples themselves are
 * not held: every {@link #stream()} or {@link #iterator()} re-reads the events files and yields, in
 * file order, the first occurrence of each chosen prompt, so every iteration gives the same calls
 * in the same order. Malformed lines were reported while choosing and are not reported again.
 *
 * <p>The counts add up: {@code linesRead = malformed + filteredOut + withoutSuite + duplicates +
 * available}, and {@code total <= available}.
 */
public final class SampleSet implements Iterable<RecordedCall> {
  /** The counts of the first pass; see the accessors of {@link SampleSet}. */
  record Counts(
      long linesRead,
      long malformed,
      long filteredOut,
      long withoutSuite,
      long duplicates,
      int available) {}

  private final EventReader reader;
  private final List<Path> files;
  private final Set<Long> chosen;
  private final Map<String, Integer> perTag;
  private final Map<String, Integer> shortOfQuota;
  private final Counts counts;

  SampleSet(
      EventReader reader,
      List<Path> files,
      Set<Long> chosen,
      Map<String, Integer> perTag,
      Map<String, Integer> shortOfQuota,
      Counts counts) {
    this.reader = reader;
    this.files = List.copyOf(files);
    this.chosen = Set.copyOf(chosen);
    this.perTag = Collections.unmodifiableMap(new TreeMap<>(perTag));
    this.shortOfQuota = Collections.unmodifiableMap(new TreeMap<>(shortOfQuota));
    this.counts = counts;
  }

  /** The number of samples chosen. */
  public int total() {
    return chosen.size();
  }

  /** Samples chosen per tag, sorted by tag; tags with none chosen are absent. */
  public Map<String, Integer> perTag() {
    return perTag;
  }

  /**
   * The tags that had fewer samples than their {@code samples_per_tag} quota, each with that quota
   * (its count chosen is in {@link #perTag()}); sorted by tag, empty without quotas.
   */
  public Map<String, Integer> shortOfQuota() {
    return shortOfQuota;
  }

  /** Non-blank lines read, malformed ones included. */
  public long linesRead() {
    return counts.linesRead();
  }

  /**
   * Lines skipped because they are not a readable recorded call (each was reported once as a
   * warning).
   */
  public long malformed() {
    return counts.malformed();
  }

  /** Calls left out because their tag is not one of the {@code --tag} filter's. */
  public long filteredOut() {
    return counts.filteredOut();
  }

  /** Calls not sent because their tag has no suite. */
  public long withoutSuite() {
    return counts.withoutSuite();
  }

  /** Calls identical (same tag and input) to an earlier eligible call, and so benchmarked once. */
  public long duplicates() {
    return counts.duplicates();
  }

  /** Distinct eligible prompts before {@code maxSamples} drew from them. */
  public int available() {
    return counts.available();
  }

  /**
   * The chosen samples in file order, read lazily; close the stream when not reading to the end.
   */
  public Stream<RecordedCall> stream() {
    Set<Long> seen = new HashSet<>();
    return reader.stream(files, warning -> {})
        .filter(
            call -> {
              long id = SampleIds.toLong(call.id());
              return chosen.contains(id) && seen.add(id);
            });
  }

  /**
   * The chosen samples in file order. An iterator abandoned before its end keeps one file open
   * until it is garbage-collected; prefer {@link #stream()} in try-with-resources to stop early.
   */
  @Override
  public Iterator<RecordedCall> iterator() {
    return stream().iterator();
  }
}
