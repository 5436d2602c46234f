package ai.trainloop.events;

import ai.trainloop.config.SamplesPerTag;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which recorded calls to benchmark.
 *
 * @param tags only calls with one of these tags ({@code --tag}, repeatable); empty for every tag
 * @param hasSuite whether a tag has a suite; calls whose tag has none are not sent (they are
 *     counted)
 * @param maxSamples at most this many samples, drawn stratified across tags; null for every sample
 * @param seed the seed of that draw: the same seed and data give the same samples
 * @param samplesPerTag at most this many samples of each tag, drawn with the same seed before
 *     {@code maxSamples} caps the total; null for no quota
 */
public record SelectionCriteria(
    Set<String> tags,
    Predicate<String> hasSuite,
    Integer maxSamples,
    long seed,
    SamplesPerTag samplesPerTag) {
  /** Criteria without a per-tag quota. */
  public SelectionCriteria(
      Set<String> tags, Predicate<String> hasSuite, Integer maxSamples, long seed) {
    this(tags, hasSuite, maxSamples, seed, null);
  }

  public SelectionCriteria {
    tags = tags == null ? Set.of() : Set.copyOf(tags);
    hasSuite = hasSuite == null ? tag -> true : hasSuite;
    if (maxSamples != null && maxSamples < 1) {
      throw new IllegalArgumentException("maxSamples must be at least 1, was " + maxSamples);
    }
  }

  /** Every call of every tag, each tag treated as having a suite. */
  public static SelectionCriteria all() {
    return new SelectionCriteria(Set.of(), null, null, 0L);
  }

  /** Whether {@code tag} passes the {@code --tag} filter. */
  public boolean acceptsTag(String tag) {
    return tags.isEmpty() || tags.contains(tag);
  }
}
