package ai.trainloop.config;

import static ai.trainloop.config.ConfigFiles.load;
import static ai.trainloop.config.ConfigFiles.loadError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepeatSettingsTest {
  @TempDir Path dir;

  @Test
  void should_default_to_one_repeat_reduced_by_mean_and_read_both_keys() {
    BenchmarkConfig d = load(dir, "trainloop:\n  benchmark:\n    seed: 1\n").benchmark();
    assertThat(d.repeats()).isEqualTo(1);
    assertThat(d.repeatReducer()).isEqualTo(RepeatReducer.MEAN);

    BenchmarkConfig b =
        load(dir, "trainloop:\n  benchmark:\n    repeats: 3\n    repeat_reducer: max\n")
            .benchmark();
    assertThat(b.repeats()).isEqualTo(3);
    assertThat(b.repeatReducer()).isEqualTo(RepeatReducer.MAX);
  }

  @Test
  void should_reject_negative_repeats_at_its_line_and_key() {
    ConfigException e = loadError(dir, "trainloop:\n  benchmark:\n    repeats: -1\n");

    assertThat(e.location().line()).isEqualTo(3);
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.repeats");
  }

  @Test
  void should_reject_an_unknown_reducer_such_as_median_at_its_line_and_key() {
    ConfigException e = loadError(dir, "trainloop:\n  benchmark:\n    repeat_reducer: median\n");

    assertThat(e.location().line()).isEqualTo(3);
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.repeat_reducer");
    assertThat(e.detail()).startsWith("unknown value 'median'");
  }

  @Test
  void should_reject_repeat_zero_naming_the_flag() {
    assertThatThrownBy(() -> FlagRules.repeat(0))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--repeat");
    assertThat(FlagRules.repeat(2)).isEqualTo(2);
  }

  @Test
  void should_reduce_known_scores_by_each_reducer_as_computed_by_hand() {
    List<Double> scores = List.of(1.0, 0.0, 1.0, 0.5);

    assertThat(RepeatReducer.MEAN.reduce(scores)).isEqualTo(0.625); // 2.5 / 4
    assertThat(RepeatReducer.MAX.reduce(scores)).isEqualTo(1.0);
    assertThat(RepeatReducer.MIN.reduce(scores)).isEqualTo(0.0);
    assertThat(RepeatReducer.MAJORITY.reduce(scores)).isEqualTo(1.0); // 1.0 twice
    // a tie between the most frequent values goes to the lower one
    assertThat(RepeatReducer.MAJORITY.reduce(List.of(1.0, 0.0))).isEqualTo(0.0);
    assertThat(RepeatReducer.MAJORITY.reduce(List.of(0.2, 0.8, 0.8, 0.2, 0.5))).isEqualTo(0.2);
    assertThat(RepeatReducer.MEAN.reduce(List.of())).isNull();
  }
}
