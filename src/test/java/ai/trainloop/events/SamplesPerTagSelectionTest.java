package ai.trainloop.events;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.SamplesPerTag;
import ai.trainloop.config.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code samples_per_tag}: a seeded quota per tag, alone and with {@code max_samples}. */
class SamplesPerTagSelectionTest {
  private static final Map<String, Integer> SIZES = Map.of("a", 40, "b", 30, "c", 10);

  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();
  private final SampleSelector selector = new SampleSelector(warnings::add);

  @Test
  void should_draw_25_of_each_tag_and_every_sample_of_a_tag_that_has_fewer() {
    Path events = write(SIZES);

    SampleSet samples = selector.select(events, criteria(SamplesPerTag.everyTag(25), null, 42));

    assertThat(samples.perTag())
        .containsExactly(Map.entry("a", 25), Map.entry("b", 25), Map.entry("c", 10));
    assertThat(samples.total()).isEqualTo(60);
    assertThat(samples.shortOfQuota()).containsExactly(Map.entry("c", 25));
    assertThat(countByTag(samples)).isEqualTo(Map.of("a", 25L, "b", 25L, "c", 10L));
    assertThat(warnings).isEmpty();
  }

  @Test
  void should_limit_only_the_tags_the_map_names_and_keep_every_sample_of_the_others() {
    Path events = write(SIZES);

    SampleSet samples =
        selector.select(events, criteria(SamplesPerTag.perTag(Map.of("a", 5, "c", 12)), null, 1));

    assertThat(samples.perTag())
        .containsExactly(Map.entry("a", 5), Map.entry("b", 30), Map.entry("c", 10));
    assertThat(samples.shortOfQuota()).containsExactly(Map.entry("c", 12));
  }

  @Test
  void should_draw_the_same_samples_for_the_same_seed_and_others_for_another_seed() {
    Path events = write(SIZES);
    SamplesPerTag quota = SamplesPerTag.everyTag(5);

    List<String> first = ids(new SampleSelector(w -> {}).select(events, criteria(quota, null, 42)));
    List<String> again = ids(new SampleSelector(w -> {}).select(events, criteria(quota, null, 42)));
    List<String> other = ids(new SampleSelector(w -> {}).select(events, criteria(quota, null, 7)));

    assertThat(again).isEqualTo(first).hasSize(15);
    assertThat(Set.copyOf(other)).isNotEqualTo(Set.copyOf(first));
  }

  @Test
  void should_draw_within_a_tag_the_samples_max_samples_alone_would_rank_first() {
    Path events = write(Map.of("a", 40));

    Set<String> quota =
        Set.copyOf(ids(selector.select(events, criteria(SamplesPerTag.everyTag(7), null, 3))));
    Set<String> max = Set.copyOf(ids(selector.select(events, criteria(null, 7, 3))));

    assertThat(quota).isEqualTo(max);
  }

  @Test
  void should_cut_each_tag_to_its_quota_before_max_samples_caps_the_total_in_proportion() {
    Path events = write(SIZES);

    SampleSet samples = selector.select(events, criteria(SamplesPerTag.everyTag(25), 30, 42));

    // 25 + 25 + 10 = 60 after the quotas, then 30 in proportion: 12.5, 12.5, 5
    assertThat(samples.total()).isEqualTo(30);
    assertThat(samples.perTag().get("c")).isEqualTo(5);
    assertThat(samples.perTag().get("a") + samples.perTag().get("b")).isEqualTo(25);
  }

  @Test
  void should_warn_naming_line_and_key_of_a_mapped_tag_that_no_sample_has() {
    Path events = write(SIZES);
    SamplesPerTag quota =
        new SamplesPerTag(
            null,
            Map.of("a", 3, "weather", 2),
            Map.of("weather", new SourceLocation(Path.of("trainloop.config.yaml"), 7, 16)));

    SampleSet samples = selector.select(events, criteria(quota, null, 1));

    assertThat(samples.perTag()).containsEntry("a", 3).doesNotContainKey("weather");
    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("trainloop.config.yaml:7:16: trainloop.benchmark.samples_per_tag.weather:")
        .contains("no sample to benchmark has tag 'weather'");
  }

  @Test
  void should_not_warn_of_a_mapped_tag_that_the_tag_filter_left_out() {
    Path events = write(SIZES);
    SamplesPerTag quota = SamplesPerTag.perTag(Map.of("a", 3, "b", 2));

    SampleSet samples =
        selector.select(events, new SelectionCriteria(Set.of("a"), null, null, 1, quota));

    assertThat(samples.perTag()).containsExactly(Map.entry("a", 3));
    assertThat(warnings).isEmpty();
  }

  private static SelectionCriteria criteria(SamplesPerTag quota, Integer max, long seed) {
    return new SelectionCriteria(Set.of(), null, max, seed, quota);
  }

  private static List<String> ids(SampleSet samples) {
    return samples.stream().map(RecordedCall::id).toList();
  }

  private static Map<String, Long> countByTag(SampleSet samples) {
    return samples.stream()
        .collect(Collectors.groupingBy(RecordedCall::tag, TreeMap::new, Collectors.counting()));
  }

  private Path write(Map<String, Integer> counts) {
    List<String> lines = new ArrayList<>();
    new TreeMap<>(counts)
        .forEach(
            (tag, count) -> {
              for (int i = 0; i < count; i++) {
                lines.add(EventFiles.line(tag, tag + " prompt " + i, "reply " + i));
              }
            });
    return EventFiles.write(dir.resolve("events"), "1764300000000.jsonl", lines);
  }
}
