package ai.trainloop.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trainloop.config.ConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleSelectorTest {
  private static final Path MIXED = EventFiles.fixture("mixed");

  private final List<String> warnings = new ArrayList<>();
  private final SampleSelector selector = new SampleSelector(warnings::add);

  @Test
  void should_benchmark_identical_prompts_once_keeping_the_first_recorded_output() {
    // given the mixed fixture, where "Greet Ada" is recorded twice (lines 1 and 7 of the first
    // file)
    // when
    SampleSet samples = selector.select(MIXED, SelectionCriteria.all());
    // then
    assertThat(samples.duplicates()).isEqualTo(1);
    assertThat(samples.total()).isEqualTo(4);
    assertThat(samples.perTag())
        .containsExactly(
            Map.entry("", 1), Map.entry("greeting-generation", 2), Map.entry("summarize", 1));
    RecordedCall ada =
        samples.stream().filter(c -> c.id().equals("faa9372cea810527")).findFirst().orElseThrow();
    assertThat(ada.output()).isEqualTo("Hello Ada!");
    assertThat(ada.source()).endsWith("1764300000000.jsonl:1");
  }

  @Test
  void should_keep_only_the_tags_asked_for_and_count_the_rest() {
    SampleSet samples =
        selector.select(MIXED, new SelectionCriteria(Set.of("summarize"), null, null, 0));

    assertThat(samples.stream()).extracting(RecordedCall::tag).containsExactly("summarize");
    assertThat(samples.filteredOut()).isEqualTo(4);
    assertThat(samples.duplicates()).isZero();
  }

  @Test
  void should_not_send_samples_whose_tag_has_no_suite_and_count_them() {
    SampleSet samples =
        selector.select(
            MIXED,
            new SelectionCriteria(Set.of(), tag -> tag.equals("greeting-generation"), null, 0));

    assertThat(samples.withoutSuite()).isEqualTo(2);
    assertThat(samples.perTag()).containsExactly(Map.entry("greeting-generation", 2));
    assertThat(samples.stream()).extracting(RecordedCall::tag).containsOnly("greeting-generation");
  }

  @Test
  void should_report_malformed_lines_once_and_give_the_same_samples_on_every_iteration() {
    SampleSet samples = selector.select(MIXED, SelectionCriteria.all());

    List<String> first = new ArrayList<>();
    samples.forEach(call -> first.add(call.source()));
    List<String> second = samples.stream().map(RecordedCall::source).toList();

    assertThat(first)
        .isEqualTo(second)
        .containsExactly(
            MIXED.resolve("1764300000000.jsonl") + ":1",
                MIXED.resolve("1764300000000.jsonl") + ":4",
            MIXED.resolve("1764300600000.jsonl") + ":1",
                MIXED.resolve("1764300600000.jsonl") + ":4");
    assertThat(warnings).hasSize(4);
    assertThat(samples.malformed()).isEqualTo(4);
    assertThat(samples.linesRead()).isEqualTo(9);
    assertThat(samples.linesRead())
        .isEqualTo(
            samples.malformed()
                + samples.filteredOut()
                + samples.withoutSuite()
                + samples.duplicates()
                + samples.available());
  }

  @Test
  void should_fail_with_a_config_error_when_there_is_no_events_folder(@TempDir Path dataFolder) {
    assertThatThrownBy(() -> selector.select(dataFolder.resolve("events"), SelectionCriteria.all()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no events folder");
  }

  @Test
  void should_draw_a_sample_stratified_in_proportion_to_tag_sizes(@TempDir Path dir) {
    Path events = writeTagged(dir, Map.of("a", 60, "b", 30, "c", 10), new Random(1));

    SampleSet samples = selector.select(events, new SelectionCriteria(Set.of(), null, 10, 42));

    assertThat(samples.total()).isEqualTo(10);
    assertThat(samples.available()).isEqualTo(100);
    assertThat(samples.perTag())
        .containsExactly(Map.entry("a", 6), Map.entry("b", 3), Map.entry("c", 1));
    assertThat(
            samples.stream()
                .collect(Collectors.groupingBy(RecordedCall::tag, Collectors.counting())))
        .isEqualTo(Map.of("a", 6L, "b", 3L, "c", 1L));
  }

  @Test
  void should_draw_the_same_samples_for_the_same_seed_and_other_samples_for_another(
      @TempDir Path dir) {
    Path events = writeTagged(dir, Map.of("a", 60, "b", 30, "c", 10), new Random(1));
    SelectionCriteria seed42 = new SelectionCriteria(Set.of(), null, 10, 42);

    List<String> first = ids(new SampleSelector(w -> {}).select(events, seed42));
    List<String> again = ids(new SampleSelector(w -> {}).select(events, seed42));
    List<String> seed7 = ids(selector.select(events, new SelectionCriteria(Set.of(), null, 10, 7)));

    assertThat(again).isEqualTo(first);
    assertThat(Set.copyOf(seed7)).isNotEqualTo(Set.copyOf(first));
  }

  @Test
  void should_draw_the_same_samples_whatever_the_order_of_the_lines(@TempDir Path dir) {
    Path ordered = writeTagged(dir.resolve("one"), Map.of("a", 40, "b", 20), new Random(1));
    Path shuffled = writeTagged(dir.resolve("two"), Map.of("a", 40, "b", 20), new Random(99));
    SelectionCriteria criteria = new SelectionCriteria(Set.of(), null, 12, 5);

    assertThat(Set.copyOf(ids(selector.select(shuffled, criteria))))
        .isEqualTo(Set.copyOf(ids(selector.select(ordered, criteria))));
  }

  @Test
  void should_not_take_the_first_lines(@TempDir Path dir) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      lines.add(EventFiles.line("a", "prompt " + i, "reply " + i));
    }
    Path events = EventFiles.write(dir, "1.jsonl", lines);

    List<Integer> chosenLines =
        selector.select(events, new SelectionCriteria(Set.of(), null, 10, 42)).stream()
            .map(
                call ->
                    Integer.parseInt(call.source().substring(call.source().lastIndexOf(':') + 1)))
            .toList();

    assertThat(chosenLines)
        .hasSize(10)
        .isSorted()
        .isNotEqualTo(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    assertThat(chosenLines.get(9)).isGreaterThan(10);
  }

  @Test
  void should_keep_every_sample_when_max_samples_exceeds_what_there_is() {
    SampleSet samples = selector.select(MIXED, new SelectionCriteria(Set.of(), null, 1000, 1));

    assertThat(samples.total()).isEqualTo(4).isEqualTo(samples.available());
  }

  @Test
  void should_reject_a_max_samples_below_one() {
    assertThatThrownBy(() -> new SelectionCriteria(Set.of(), null, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxSamples");
  }

  private static List<String> ids(SampleSet samples) {
    return samples.stream().map(RecordedCall::id).toList();
  }

  /** Writes {@code counts} distinct prompts per tag over two files, the lines in a random order. */
  private static Path writeTagged(Path events, Map<String, Integer> counts, Random order) {
    List<String> lines = new ArrayList<>();
    counts.forEach(
        (tag, count) -> {
          for (int i = 0; i < count; i++) {
            lines.add(EventFiles.line(tag, tag + " prompt " + i, "reply " + i));
          }
        });
    Collections.shuffle(lines, order);
    EventFiles.write(events, "1764300000000.jsonl", lines.subList(0, lines.size() / 2));
    return EventFiles.write(
        events, "1764300600000.jsonl", lines.subList(lines.size() / 2, lines.size()));
  }
}
