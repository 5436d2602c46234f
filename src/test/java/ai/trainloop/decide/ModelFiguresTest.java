package ai.trainloop.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trainloop.decide.ModelFigures.Source;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelFiguresTest {

  @Test
  void should_derive_the_cost_per_token_from_the_cost_per_1k_tokens() {
    ModelFigures m = ModelFigures.of("a", 0.9, Map.of(), new BigDecimal("0.0015"), 100.0, 200.0);

    assertThat(m.costPerToken()).isEqualByComparingTo("0.0000015");
    assertThat(ModelFigures.of("b", 0.9, Map.of(), null, 100.0, 200.0).costPerToken()).isNull();
  }

  @Test
  void should_tell_called_recorded_and_result_less_models_apart() {
    ModelFigures called = ModelFigures.of("a", 0.9, Map.of(), null, 1.0, 1.0);
    ModelFigures recorded = ModelFigures.recordedRow("recorded", 0.8, Map.of());
    ModelFigures none = ModelFigures.withoutResults("c");

    assertThat(called.source()).isEqualTo(Source.CALLED);
    assertThat(called.hasResults() && called.candidate() && !called.recorded()).isTrue();
    assertThat(recorded.hasResults() && recorded.recorded() && !recorded.candidate()).isTrue();
    assertThat(none.hasResults() || none.recorded() || none.candidate()).isFalse();
  }

  @Test
  void should_change_only_the_figures_named_by_a_wither() {
    ModelFigures m =
        ModelFigures.of("a", 0.9, Map.of("x", 0.9), new BigDecimal("0.002"), 100.0, 200.0);

    assertThat(m.withErrorRate(0.1))
        .isEqualTo(
            new ModelFigures(
                "a",
                Source.CALLED,
                0.9,
                Map.of("x", 0.9),
                new BigDecimal("0.002"),
                100.0,
                200.0,
                0.1));
    assertThat(m.withErrorRate(0.1).withQuality(0.5, Map.of("x", 0.5)))
        .isEqualTo(
            new ModelFigures(
                "a",
                Source.CALLED,
                0.5,
                Map.of("x", 0.5),
                new BigDecimal("0.002"),
                100.0,
                200.0,
                0.1));
  }

  @Test
  void should_refuse_figures_without_a_source() {
    assertThatThrownBy(() -> new ModelFigures("a", null, null, null, null, null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("source");
  }
}
