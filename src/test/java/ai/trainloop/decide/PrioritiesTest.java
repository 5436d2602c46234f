package ai.trainloop.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrioritiesTest {

  private static final SourceLocation CONFIG =
      SourceLocation.unknown(Path.of("trainloop.config.yaml"));
  private final List<String> warnings = new ArrayList<>();

  private static Map<String, Double> ordered(Object... pairs) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return map;
  }

  private Optional<Priorities> read(Map<String, Double> priorities, List<String> metrics) {
    return Priorities.from(Configs.priorities(priorities), metrics, CONFIG, warnings::add);
  }

  @Test
  void should_keep_the_tutorials_weights_in_config_order_without_a_warning() {
    // given weights written as decimals that sum to exactly 1 (as doubles, 0.4 + 0.3 + 0.2 + 0.1 is
    // not 1.0)
    Map<String, Double> weights =
        ordered("accuracy", 0.4, "cost", 0.3, "speed", 0.2, "creativity", 0.1);

    // when
    Priorities p = read(weights, List.of("creativity")).orElseThrow();

    // then
    assertThat(p.names()).containsExactly("accuracy", "cost", "speed", "creativity");
    assertThat(p.weights()).isEqualTo(weights);
    assertThat(warnings).isEmpty();
  }

  @Test
  void should_normalise_weights_that_do_not_sum_to_one_with_one_warning() {
    // given weights summing to 2
    Map<String, Double> weights = ordered("accuracy", 1.0, "cost", 0.5, "speed", 0.5);

    // when
    Priorities p = read(weights, List.of()).orElseThrow();

    // then each is divided by 2
    assertThat(p.weights())
        .containsExactly(
            Map.entry("accuracy", 0.5), Map.entry("cost", 0.25), Map.entry("speed", 0.25));
    assertThat(warnings)
        .containsExactly(
            "the priority weights sum to 2, not 1: each is divided by the sum, giving accuracy 0.5, cost 0.25, speed 0.25");
  }

  @Test
  void should_normalise_thirds_so_they_sum_to_one() {
    Priorities p =
        read(ordered("accuracy", 1.0, "cost", 1.0, "speed", 1.0), List.of()).orElseThrow();

    assertThat(p.weights().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(1e-15));
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("accuracy 0.333, cost 0.333, speed 0.333");
  }

  @Test
  void should_reject_a_negative_weight_naming_its_key() {
    assertThatThrownBy(() -> read(ordered("accuracy", 1.2, "cost", -0.2), List.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "trainloop.config.yaml: trainloop.benchmark.priorities.cost: a weight must not be negative, "
                + "got -0.2")
        .extracting(e -> ((ConfigException) e).keyPath())
        .isEqualTo("trainloop.benchmark.priorities.cost");
  }

  @Test
  void should_reject_a_priority_that_names_no_metric() {
    assertThatThrownBy(
            () ->
                read(
                    ordered("accuracy", 0.9, "creativity", 0.1),
                    List.of("is_short", "has_greeting")))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> {
              ConfigException c = (ConfigException) e;
              assertThat(c.keyPath()).isEqualTo("trainloop.benchmark.priorities.creativity");
              assertThat(c.detail())
                  .isEqualTo(
                      "'creativity' is not accuracy, cost, speed or a metric of the benchmarked "
                          + "suites (metrics: is_short, has_greeting)");
            });
  }

  @Test
  void should_reject_weights_that_sum_to_zero() {
    assertThatThrownBy(() -> read(ordered("accuracy", 0.0, "cost", 0.0), List.of()))
        .isInstanceOf(ConfigException.class)
        .extracting(e -> ((ConfigException) e).keyPath())
        .isEqualTo("trainloop.benchmark.priorities");
  }

  @Test
  void should_read_the_short_form_accuracy_and_cost_weight() {
    Priorities p =
        Priorities.from(Configs.shortForm(0.8, 0.2), List.of(), CONFIG, warnings::add)
            .orElseThrow();

    assertThat(p.weights()).containsExactly(Map.entry("accuracy", 0.8), Map.entry("cost", 0.2));
    assertThat(warnings).isEmpty();
  }

  @Test
  void should_reject_a_negative_short_form_weight_naming_its_key() {
    assertThatThrownBy(
            () -> Priorities.from(Configs.shortForm(0.8, -0.2), List.of(), CONFIG, warnings::add))
        .isInstanceOf(ConfigException.class)
        .extracting(e -> ((ConfigException) e).keyPath())
        .isEqualTo("trainloop.benchmark.cost_weight");
  }

  @Test
  void should_prefer_priorities_to_the_short_form_and_say_so() {
    var config = Configs.config(null, null, null, 0.8, 0.2, ordered("speed", 1.0));

    Priorities p = Priorities.from(config, List.of(), CONFIG, warnings::add).orElseThrow();

    assertThat(p.weights()).containsExactly(Map.entry("speed", 1.0));
    assertThat(warnings)
        .containsExactly(
            "accuracy_weight and cost_weight are ignored: benchmark.priorities is set");
  }

  @Test
  void should_have_no_priorities_when_none_are_set() {
    assertThat(Priorities.from(Configs.gates(0.75, null, null), List.of(), CONFIG, warnings::add))
        .isEmpty();
    assertThat(warnings).isEmpty();
  }
}
