package ai.trainloop.events;

import ai.trainloop.config.SamplesPerTag;
import ai.trainloop.config.SourceLocation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Chooses the samples of a benchmark from an events folder, in two streaming passes so memory holds
 * ids, never the folder's calls.
 *
 * <p>Pass 1 (here) reads every line once, reporting malformed lines to the warning sink, and keeps
 * the 64-bit id of each distinct eligible prompt per tag. A call is counted, in this order, as
 * filtered out by {@code --tag}, without a suite, a duplicate of an earlier identical prompt, or a
 * candidate. With {@code samplesPerTag} each tag is first cut to its quota; then, with {@code
 * maxSamples}, a seeded sample is drawn stratified across tags from what is left (see {@link
 * StratifiedSampler}); otherwise every candidate is kept. Both draws rank the ids by the same seed,
 * so a tag's samples are the lowest-ranked ones whatever the counts. Pass 2 is the returned {@link
 * SampleSet}: each iteration re-reads the files and yields the first occurrence of each chosen id.
 * Same seed and same data give the same samples, whatever the model.
 */
public final class SampleSelector {
  private final Consumer<String> warnings;

  /**
   * @param warnings receives one {@code file:line: reason} message per malformed line
   */
  public SampleSelector(Consumer<String> warnings) {
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /**
   * Chooses the samples of {@code eventsFolder} ({@code <data_folder>/events}).
   *
   * @throws ai.trainloop.config.ConfigException when the folder is missing or holds no readable
   *     call at all
   */
  public SampleSet select(Path eventsFolder, SelectionCriteria criteria) {
    EventReader reader = new EventReader(eventsFolder, warnings);
    List<Path> files = reader.files();
    FirstPass pass = new FirstPass(criteria);
    ReadStats stats = reader.forEach(files, pass);
    Map<String, Integer> sizes = new TreeMap<>();
    pass.idsByTag.forEach((tag, ids) -> sizes.put(tag, ids.size()));
    int available = sizes.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Integer> shortOf = new TreeMap<>();
    Map<String, Integer> capped = applyQuotas(sizes, criteria, shortOf);
    Map<String, Integer> allocation =
        criteria.maxSamples() == null
            ? capped
            : StratifiedSampler.allocate(capped, criteria.maxSamples());
    Set<Long> chosen = new HashSet<>();
    Map<String, Integer> perTag = new TreeMap<>();
    allocation.forEach(
        (tag, count) -> {
          if (count > 0) {
            chosen.addAll(StratifiedSampler.choose(pass.idsByTag.get(tag), count, criteria.seed()));
            perTag.put(tag, count);
          }
        });
    SampleSet.Counts counts =
        new SampleSet.Counts(
            stats.linesRead(),
            stats.malformed(),
            pass.filteredOut,
            pass.withoutSuite,
            pass.duplicates,
            available);
    return new SampleSet(reader, files, chosen, perTag, shortOf, counts);
  }

  /**
   * Each tag's size capped at its {@code samples_per_tag} quota; a tag with fewer samples than its
   * quota goes into {@code shortOf} with the quota, and a named tag no eligible sample has (and
   * that {@code --tag} did not leave out) is a warning.
   */
  private Map<String, Integer> applyQuotas(
      Map<String, Integer> sizes, SelectionCriteria criteria, Map<String, Integer> shortOf) {
    SamplesPerTag quotas = criteria.samplesPerTag();
    if (quotas == null) {
      return sizes;
    }
    Map<String, Integer> capped = new TreeMap<>();
    sizes.forEach(
        (tag, size) -> {
          Integer quota = quotas.quota(tag);
          capped.put(tag, quota == null ? size : Math.min(size, quota));
          if (quota != null && size < quota) {
            shortOf.put(tag, quota);
          }
        });
    quotas.byTag().keySet().stream()
        .filter(tag -> !sizes.containsKey(tag) && criteria.acceptsTag(tag))
        .forEach(
            tag -> {
              SourceLocation at = quotas.location(tag);
              warnings.accept(
                  (at == null ? "" : at + ": ")
                      + "trainloop.benchmark.samples_per_tag."
                      + tag
                      + ": no sample to benchmark has tag '"
                      + tag
                      + "' (none recorded, or the tag has no suite); its quota draws nothing");
            });
    return capped;
  }

  /** Pass 1: keeps the ids of distinct eligible prompts per tag and counts the rest. */
  private static final class FirstPass implements Consumer<RecordedCall> {
    private final SelectionCriteria criteria;
    private final Map<String, Boolean> suiteByTag = new HashMap<>();
    private final Map<String, Set<Long>> idsByTag = new TreeMap<>();
    private long filteredOut;
    private long withoutSuite;
    private long duplicates;

    FirstPass(SelectionCriteria criteria) {
      this.criteria = criteria;
    }

    @Override
    public void accept(RecordedCall call) {
      if (!criteria.acceptsTag(call.tag())) {
        filteredOut++;
      } else if (!suiteByTag.computeIfAbsent(call.tag(), criteria.hasSuite()::test)) {
        withoutSuite++;
      } else if (!idsByTag
          .computeIfAbsent(call.tag(), tag -> new HashSet<>())
          .add(SampleIds.toLong(call.id()))) {
        // The tag is part of the id, so a per-tag set finds every identical prompt.
        duplicates++;
      }
    }
  }
}
