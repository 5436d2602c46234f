package ai.trainloop.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

  private static final Thresholds ALL = Thresholds.from(Configs.gates(0.75, 0.01, 3.0));

  private static ModelFigures model(Double avg, String costPer1k, Double p95Ms) {
    return ModelFigures.of(
        "openai/gpt-4o",
        avg,
        Map.of(),
        costPer1k == null ? null : new BigDecimal(costPer1k),
        p95Ms == null ? null : p95Ms / 2,
        p95Ms);
  }

  @Test
  void should_pass_every_gate_within_its_limit_and_at_it_but_the_response_time_below_it() {
    // given a model exactly at each limit: avg 0.75, $0.01 per 1K tokens; p95 just under 3.0 s
    GateCheck check = ALL.check(model(0.75, "0.010", 2999.0));

    assertThat(check.gates())
        .containsExactly(
            Map.entry("performance_threshold", true),
            Map.entry("cost_threshold", true),
            Map.entry("max_response_time", true));
    assertThat(check.passedAll()).isTrue();
    assertThat(check.failures()).isEmpty();
  }

  @Test
  void should_fail_the_performance_gate_below_the_minimum_avg() {
    GateCheck check =
        Thresholds.from(Configs.gates(0.75, null, null)).check(model(0.71, "0.001", 1000.0));

    assertThat(check.gates()).containsExactly(Map.entry("performance_threshold", false));
    assertThat(check.failures()).containsExactly("avg 0.71 < 0.75");
    assertThat(check.marked(GateCheck.MARK)).isEqualTo("✗ avg 0.71 < 0.75");
    assertThat(check.marked(GateCheck.ASCII_MARK)).isEqualTo("[x] avg 0.71 < 0.75");
  }

  @Test
  void should_show_more_digits_when_two_would_make_a_failing_avg_look_equal() {
    GateCheck check =
        Thresholds.from(Configs.gates(0.75, null, null)).check(model(0.7499, null, null));

    assertThat(check.failures()).containsExactly("avg 0.7499 < 0.75");
  }

  @Test
  void should_fail_the_cost_gate_above_the_maximum_per_1k_tokens() {
    GateCheck check =
        Thresholds.from(Configs.gates(null, 0.01, null)).check(model(0.9, "0.015", 1000.0));

    assertThat(check.gates()).containsExactly(Map.entry("cost_threshold", false));
    assertThat(check.failures()).containsExactly("cost $0.015/1K tok > $0.01/1K tok");
  }

  @Test
  void should_fail_the_cost_gate_when_the_cost_is_unknown() {
    GateCheck check =
        Thresholds.from(Configs.gates(null, 0.01, null)).check(model(0.9, null, 1000.0));

    assertThat(check.gates()).containsExactly(Map.entry("cost_threshold", false));
    assertThat(check.failures())
        .containsExactly(
            "cost unknown (no price), so it cannot be shown to be within $0.01/1K tok");
  }

  @Test
  void should_fail_the_response_time_gate_when_the_p95_passes_it() {
    GateCheck check =
        Thresholds.from(Configs.gates(null, null, 3.0)).check(model(0.9, "0.001", 3420.0));

    assertThat(check.gates()).containsExactly(Map.entry("max_response_time", false));
    assertThat(check.failures()).containsExactly("p95 3.42 s > 3.0 s");
  }

  @Test
  void
      should_fail_the_response_time_gate_when_the_p95_is_at_the_limit_that_timed_out_attempts_count_at() {
    // given a p95 of 3.0 s: calls time out at max_response_time, and such attempts count at it
    GateCheck check =
        Thresholds.from(Configs.gates(null, null, 3.0)).check(model(0.9, "0.001", 3000.0));

    assertThat(check.gates()).containsExactly(Map.entry("max_response_time", false));
    assertThat(check.failures())
        .containsExactly("p95 reached the 3.0 s limit (more than 5% of attempts timed out)");
  }

  @Test
  void should_fail_the_response_time_gate_without_a_successful_call() {
    GateCheck check =
        Thresholds.from(Configs.gates(null, null, 3.0)).check(model(null, null, null));

    assertThat(check.passedAll()).isFalse();
    assertThat(check.failures())
        .containsExactly(
            "no successful call, so the p95 response time is unknown " + "(limit 3.0 s)");
  }

  @Test
  void should_check_no_gate_when_none_is_set() {
    GateCheck check = Thresholds.none().check(model(0.1, null, 99_000.0));

    assertThat(Thresholds.none().anySet()).isFalse();
    assertThat(check.gates()).isEmpty();
    assertThat(check.passedAll()).isTrue();
  }

  @Test
  void should_fail_every_gate_set_for_a_model_without_results_with_one_reason() {
    GateCheck check = ALL.check(ModelFigures.withoutResults("anthropic/claude-3-haiku"));

    assertThat(check.gates())
        .containsOnlyKeys("performance_threshold", "cost_threshold", "max_response_time")
        .doesNotContainValue(true);
    assertThat(check.failures()).containsExactly("no results");
  }

  @Test
  void should_check_only_the_performance_gate_on_the_recorded_row() {
    GateCheck check = ALL.check(ModelFigures.recordedRow("recorded", 0.8, Map.of()));

    assertThat(check.gates()).containsExactly(Map.entry("performance_threshold", true));
  }
}
