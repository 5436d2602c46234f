package ai.trainloop.config;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code benchmark.samples_per_tag}: a quota of seeded samples per tag, either one number for every
 * tag or a number per named tag (tags the map does not name keep every sample).
 *
 * @param every the quota of every tag; null in the map form
 * @param byTag the quota of each named tag, sorted by tag; empty in the number form
 * @param locations where each named tag's quota is written, for warnings about tags no sample has
 */
public record SamplesPerTag(
    Integer every, Map<String, Integer> byTag, Map<String, SourceLocation> locations) {
  public SamplesPerTag {
    byTag = Collections.unmodifiableMap(new TreeMap<>(byTag == null ? Map.of() : byTag));
    locations = Map.copyOf(locations == null ? Map.of() : locations);
    if ((every == null) == byTag.isEmpty()) {
      throw new IllegalArgumentException("samples_per_tag is either a number or a map, not both");
    }
    if (every != null && every < 1) {
      throw new IllegalArgumentException("samples_per_tag must be at least 1, was " + every);
    }
    byTag.forEach(
        (tag, n) -> {
          if (n == null || n < 1) {
            throw new IllegalArgumentException(
                "samples_per_tag." + tag + " must be at least 1, was " + n);
          }
        });
  }

  /** The same quota for every tag. */
  public static SamplesPerTag everyTag(int n) {
    return new SamplesPerTag(n, Map.of(), Map.of());
  }

  /** A quota per named tag; other tags keep every sample. */
  public static SamplesPerTag perTag(Map<String, Integer> quotas) {
    return new SamplesPerTag(null, quotas, Map.of());
  }

  /** The quota of {@code tag}, or null when it keeps every sample. */
  public Integer quota(String tag) {
    return every != null ? every : byTag.get(tag);
  }

  /** Where {@code tag}'s quota is written, or null when not known. */
  public SourceLocation location(String tag) {
    return locations.get(tag);
  }
}
