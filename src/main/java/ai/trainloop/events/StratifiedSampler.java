package ai.trainloop.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The arithmetic of a seeded sample stratified across tags: how many samples each tag gets, and
 * which ones.
 *
 * <p>Allocation is proportional to the tags' sizes by the largest-remainder method (exact integer
 * arithmetic; ties go to the larger tag, then the tag that sorts first); when there are at least as
 * many samples as tags, every tag gets at least one, taken from the tag with the largest
 * allocation. Within a tag the samples with the lowest {@link #rank(long, long) rank} are chosen, a
 * hash of the seed and the id: a fixed, portable pseudo-random order that depends neither on line
 * order nor on the machine.
 */
final class StratifiedSampler {
  private StratifiedSampler() {}

  /**
   * How many samples each tag gets.
   *
   * @param sizes samples available per tag, every size at least 1
   * @param max the number of samples wanted, at least 1
   * @return per tag (sorted by tag) a count between 0 and its size, summing to {@code min(max,
   *     total)}
   */
  static Map<String, Integer> allocate(Map<String, Integer> sizes, int max) {
    Map<String, Integer> allocation = new TreeMap<>(sizes);
    long total = sizes.values().stream().mapToLong(Integer::longValue).sum();
    if (total <= max) {
      return allocation;
    }
    List<String> byRemainder = new ArrayList<>(allocation.keySet());
    int given = 0;
    for (String tag : byRemainder) {
      int share = (int) ((long) max * sizes.get(tag) / total);
      allocation.put(tag, share);
      given += share;
    }
    byRemainder.sort(
        Comparator.<String>comparingLong(tag -> (long) max * sizes.get(tag) % total)
            .thenComparing(sizes::get)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    for (int i = 0; given < max; i++, given++) {
      allocation.merge(byRemainder.get(i), 1, Integer::sum);
    }
    if (max >= sizes.size()) {
      giveEveryTagOne(allocation);
    }
    return allocation;
  }

  /**
   * The {@code count} ids of {@code ids} with the lowest rank under {@code seed}.
   *
   * @return the chosen ids, lowest rank first
   */
  static List<Long> choose(Collection<Long> ids, int count, long seed) {
    long mixedSeed = mix(seed);
    return ids.stream()
        .sorted(Comparator.comparingLong(id -> rank(id, mixedSeed)))
        .limit(count)
        .toList();
  }

  /**
   * The position of an id in the seed's order: SplitMix64 of the id plus the mixed seed. Both steps
   * are bijections, so no two ids share a rank.
   */
  static long rank(long id, long mixedSeed) {
    return mix(id + mixedSeed);
  }

  /** The SplitMix64 finalizer (Steele, Lea and Flood, 2014): a well-spread 64-bit hash. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static void giveEveryTagOne(Map<String, Integer> allocation) {
    for (Map.Entry<String, Integer> empty : allocation.entrySet()) {
      if (empty.getValue() == 0) {
        // At least as many samples as tags and a tag with none: some tag has two or more.
        Map.Entry<String, Integer> largest =
            allocation.entrySet().stream()
                .max(
                    Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow();
        largest.setValue(largest.getValue() - 1);
        empty.setValue(1);
      }
    }
  }
}
