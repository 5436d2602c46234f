package ai.trainloop.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StratifiedSamplerTest {

  @Test
  void should_allocate_proportionally_to_tag_sizes() {
    assertThat(StratifiedSampler.allocate(Map.of("a", 60, "b", 30, "c", 10), 10))
        .containsExactly(Map.entry("a", 6), Map.entry("b", 3), Map.entry("c", 1));
  }

  @Test
  void should_give_leftover_samples_to_the_largest_remainders() {
    // quotas 3.5 / 2.1 / 1.4 -> floors 3 / 2 / 1, one left over: a has the largest remainder (0.5)
    assertThat(StratifiedSampler.allocate(Map.of("a", 35, "b", 21, "c", 14), 7))
        .containsExactly(Map.entry("a", 4), Map.entry("b", 2), Map.entry("c", 1));
    // quotas 2.5 / 1.5 / 1.0: a and b tie on remainder; the larger tag wins
    assertThat(StratifiedSampler.allocate(Map.of("a", 5, "b", 3, "c", 2), 5))
        .containsExactly(Map.entry("a", 3), Map.entry("b", 1), Map.entry("c", 1));
  }

  @Test
  void should_give_every_tag_one_sample_when_there_are_enough_samples() {
    // quotas 2.94 / 0.03 / 0.03 would give a everything
    assertThat(StratifiedSampler.allocate(Map.of("a", 98, "b", 1, "c", 1), 3))
        .containsExactly(Map.entry("a", 1), Map.entry("b", 1), Map.entry("c", 1));
  }

  @Test
  void should_favour_the_largest_tags_when_there_are_fewer_samples_than_tags() {
    // quotas 1.0 / 0.6 / 0.4
    assertThat(StratifiedSampler.allocate(Map.of("a", 5, "b", 3, "c", 2), 2))
        .containsExactly(Map.entry("a", 1), Map.entry("b", 1), Map.entry("c", 0));
  }

  @Test
  void should_keep_every_sample_when_max_is_not_below_the_total() {
    assertThat(StratifiedSampler.allocate(Map.of("a", 2, "b", 1), 3))
        .containsExactly(Map.entry("a", 2), Map.entry("b", 1));
  }

  @Test
  void should_always_sum_to_max_within_tag_sizes() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      Map<String, Integer> sizes = new TreeMap<>();
      int tags = 1 + random.nextInt(8);
      for (int t = 0; t < tags; t++) {
        sizes.put("tag" + t, 1 + random.nextInt(random.nextBoolean() ? 5 : 500));
      }
      int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
      int max = 1 + random.nextInt(total);

      Map<String, Integer> allocation = StratifiedSampler.allocate(sizes, max);

      assertThat(allocation.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(max);
      sizes.forEach(
          (tag, size) -> assertThat(allocation.get(tag)).isBetween(max >= tags ? 1 : 0, size));
    }
  }

  @Test
  void should_choose_the_same_ids_for_the_same_seed_whatever_their_order() {
    List<Long> ids = LongStream.range(0, 100).map(StratifiedSampler::mix).boxed().toList();
    List<Long> reversed = new ArrayList<>(ids);
    Collections.reverse(reversed);

    List<Long> chosen = StratifiedSampler.choose(ids, 10, 42);

    assertThat(chosen).hasSize(10).doesNotHaveDuplicates().isSubsetOf(ids);
    assertThat(StratifiedSampler.choose(reversed, 10, 42)).isEqualTo(chosen);
    assertThat(StratifiedSampler.choose(ids, 10, 43)).isNotEqualTo(chosen);
  }
}
