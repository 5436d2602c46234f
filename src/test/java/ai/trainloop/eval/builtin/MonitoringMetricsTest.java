package ai.trainloop.eval.builtin;

import static ai.trainloop.eval.builtin.BuiltinFixtures.AT;
import static ai.trainloop.eval.builtin.BuiltinFixtures.metric;
import static ai.trainloop.eval.builtin.BuiltinFixtures.reply;
import static ai.trainloop.eval.builtin.BuiltinFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.SuiteSpec;
import ai.trainloop.eval.Metric;
import ai.trainloop.eval.MetricScore;
import ai.trainloop.eval.NotMeasurableException;
import ai.trainloop.eval.Sample;
import ai.trainloop.eval.Scorer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MonitoringMetricsTest {

  private static Sample call(Duration latency, String cost) {
    return reply("hello").withMeasures(latency, cost == null ? null : new BigDecimal(cost));
  }

  @Test
  void max_latency_should_pass_up_to_and_including_the_limit() throws Exception {
    Metric m = metric("max_latency", "seconds", 3.0);

    assertThat(m.score(call(Duration.ofMillis(2999), null))).isEqualTo(1.0);
    assertThat(m.score(call(Duration.ofSeconds(3), null))).isEqualTo(1.0);
    assertThat(m.score(call(Duration.ofMillis(3001), null))).isEqualTo(0.0);
  }

  @Test
  void max_latency_should_take_fractions_of_a_second() throws Exception {
    Metric m = metric("max_latency", "seconds", 0.25);

    assertThat(m.score(call(Duration.ofMillis(250), null))).isEqualTo(1.0);
    assertThat(m.score(call(Duration.ofMillis(251), null))).isEqualTo(0.0);
  }

  @Test
  void max_latency_should_not_be_measurable_when_the_reply_has_no_latency_of_this_run() {
    Metric m = metric("max_latency", "seconds", 3);

    assertThatThrownBy(() -> m.score(call(null, "0.0001")))
        .isInstanceOf(NotMeasurableException.class)
        .hasMessageStartingWith("not measurable: ");
  }

  @Test
  void max_cost_should_compare_exact_decimals_inclusively() throws Exception {
    Metric m = metric("max_cost", "usd", 0.001);

    assertThat(m.score(call(null, "0.001"))).isEqualTo(1.0);
    assertThat(m.score(call(null, "0.0010000"))).isEqualTo(1.0);
    assertThat(m.score(call(null, "0.0010001"))).isEqualTo(0.0);
    assertThat(m.score(call(Duration.ofSeconds(1), "0"))).isEqualTo(1.0);
  }

  @Test
  void should_fail_the_evaluation_not_score_0_when_the_cost_is_unknown() {
    Scorer scorer =
        new Scorer(
            Map.of("cheap", metric("max_cost", "usd", 0.01)),
            List.of(new SuiteSpec("greeting-generation", List.of("cheap"), AT)));

    List<MetricScore> scores = scorer.score(call(Duration.ofSeconds(1), null));

    assertThat(scores).hasSize(1);
    assertThat(scores.get(0).failed()).isTrue();
    assertThat(scores.get(0).error()).startsWith("not measurable: this call's cost is unknown");
  }

  static List<Object> hostileValues() {
    return List.of(0, -1, -0.5, "3", true, List.of(3), Double.NaN, Double.POSITIVE_INFINITY);
  }

  @ParameterizedTest
  @MethodSource("hostileValues")
  void should_reject_a_limit_that_is_not_a_positive_number(Object value) {
    ConfigException latency =
        catchThrowableOfType(
            ConfigException.class,
            () -> BuiltinMetrics.create(spec("max_latency", "seconds", value)));
    ConfigException cost =
        catchThrowableOfType(
            ConfigException.class, () -> BuiltinMetrics.create(spec("max_cost", "usd", value)));

    assertThat(latency.location()).isEqualTo(AT);
    assertThat(latency.keyPath()).isEqualTo("trainloop.eval.metrics.m.seconds");
    assertThat(latency.detail()).startsWith("expected a number > 0");
    assertThat(cost.keyPath()).isEqualTo("trainloop.eval.metrics.m.usd");
    assertThat(cost.detail()).startsWith("expected a number > 0");
  }

  @Test
  void should_reject_a_missing_or_misspelt_limit() {
    ConfigException missing =
        catchThrowableOfType(ConfigException.class, () -> BuiltinMetrics.create(spec("max_cost")));
    ConfigException misspelt =
        catchThrowableOfType(
            ConfigException.class, () -> BuiltinMetrics.create(spec("max_latency", "second", 3)));

    assertThat(missing.keyPath()).isEqualTo("trainloop.eval.metrics.m.usd");
    assertThat(missing.detail()).contains("needs 'usd'");
    assertThat(misspelt.keyPath()).isEqualTo("trainloop.eval.metrics.m.second");
    assertThat(misspelt.detail()).contains("did you mean 'seconds'?");
  }

  @Test
  void should_leave_a_sample_without_measures_empty() {
    Sample plain = reply("hi");

    assertThat(plain.latency()).isEmpty();
    assertThat(plain.costUsd()).isEmpty();
  }
}
