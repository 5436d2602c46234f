package ai.trainloop.config;

import static ai.trainloop.config.ConfigFiles.load;
import static ai.trainloop.config.ConfigFiles.loadError;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchmark.samples_per_tag}: one number, or a map of tag to number; bad values exit 2. */
class SamplesPerTagSettingsTest {
  @TempDir Path dir;

  private BenchmarkConfig benchmark(String value) {
    return load(dir, "trainloop:\n  benchmark:\n    samples_per_tag: " + value + "\n").benchmark();
  }

  private ConfigException error(String value) {
    return loadError(dir, "trainloop:\n  benchmark:\n    samples_per_tag: " + value + "\n");
  }

  @Test
  void should_be_absent_by_default_and_read_a_number_for_every_tag() {
    assertThat(load(dir, "trainloop:\n  benchmark:\n    seed: 1\n").benchmark().samplesPerTag())
        .isNull();
    SamplesPerTag every = benchmark("25").samplesPerTag();
    assertThat(every.quota("anything")).isEqualTo(25);
  }

  @Test
  void should_read_a_map_of_tag_to_number_leaving_other_tags_without_a_quota() {
    SamplesPerTag q = benchmark("{morning-usage: 25, evening-usage: 10}").samplesPerTag();

    assertThat(q.byTag()).isEqualTo(Map.of("morning-usage", 25, "evening-usage", 10));
    assertThat(q.quota("night")).isNull();
    assertThat(q.location("evening-usage").line()).isEqualTo(3);
  }

  @Test
  void should_reject_a_fraction_at_its_line_and_key() {
    ConfigException e = error("2.5");

    assertThat(e.location().line()).isEqualTo(3);
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.samples_per_tag");
    assertThat(e.detail()).contains("an integer or a mapping");
  }

  @Test
  void should_reject_zero_and_a_negative_number() {
    assertThat(error("0").keyPath()).isEqualTo("trainloop.benchmark.samples_per_tag");
    assertThat(error("-3").detail()).contains("at least 1");
  }

  @Test
  void should_reject_a_list_or_a_word_as_an_unknown_type() {
    assertThat(error("[1, 2]").detail()).contains("expected an integer or a mapping");
    assertThat(error("lots").detail()).contains("expected an integer or a mapping");
  }

  @Test
  void should_reject_a_map_value_that_is_not_a_positive_integer_naming_the_tag() {
    ConfigException e =
        loadError(
            dir, "trainloop:\n  benchmark:\n    samples_per_tag:\n      a: 3\n      b: 1.5\n");

    assertThat(e.location().line()).isEqualTo(5);
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.samples_per_tag.b");
    assertThat(e.detail()).contains("positive integer", "'1.5'");
    assertThat(error("{a: 0}").keyPath()).isEqualTo("trainloop.benchmark.samples_per_tag.a");
    assertThat(error("{a: }").detail()).contains("got nothing");
    assertThat(error("{a: many}").detail()).contains("'many'");
  }

  @Test
  void should_reject_an_empty_map() {
    assertThat(error("{}").detail()).contains("at least one tag");
  }
}
