package ai.trainloop.decide;

import static ai.trainloop.decide.DecisionMatrixTest.model;
import static ai.trainloop.decide.DecisionMatrixTest.weights;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationTest {

  private static final Thresholds AVG_075 = Thresholds.from(Configs.gates(0.75, null, null));

  @Test
  void should_recommend_the_highest_composite_among_models_that_pass_every_gate() {
    // given gpt-4o scores the highest composite (cost and speed unweighted) but misses the Avg gate
    List<ModelFigures> models =
        List.of(
            model("openai/gpt-4o", 0.71, 1.0, "0.010", 500.0),
            model("openai/gpt-4o-mini", 0.80, 0.5, "0.001", 300.0),
            model("anthropic/claude-3-haiku", 0.78, 0.5, "0.001", 200.0));
    Priorities p = new Priorities(weights("accuracy", 0.5, "creativity", 0.5));

    // when
    Selection s = Selection.evaluate(models, AVG_075, p);

    // then gpt-4o: 0.5 × 0.71 + 0.5 × 1.0 = 0.855; mini 0.65; haiku 0.64
    assertThat(s.ranked().get(0).modelId()).isEqualTo("openai/gpt-4o");
    Recommendation r = s.recommendation();
    assertThat(r.modelId()).isEqualTo("openai/gpt-4o-mini");
    assertThat(r.composite()).isEqualTo(0.65);
    assertThat(r.reason())
        .isEqualTo(
            "highest composite, 0.65, among the 2 models that pass every gate; "
                + "next: anthropic/claude-3-haiku 0.64; openai/gpt-4o scores higher (0.86) but misses a gate: "
                + "avg 0.71 < 0.75");
    assertThat(r.line())
        .startsWith("Recommended model: openai/gpt-4o-mini (highest composite, 0.65");
    assertThat(s.anyModelMissesGate()).isTrue();
  }

  @Test
  void should_say_in_a_plain_sentence_that_no_model_passes_every_gate() {
    List<ModelFigures> models =
        List.of(
            model("openai/gpt-4o", 0.71, 0.5, "0.015", 500.0),
            model("ollama/llama3.2", 0.74, 0.5, null, 300.0));
    Thresholds gates = Thresholds.from(Configs.gates(0.75, 0.01, null));

    Selection s = Selection.evaluate(models, gates, new Priorities(weights("accuracy", 1.0)));

    assertThat(s.recommendation().found()).isFalse();
    assertThat(s.recommendation().composite()).isNull();
    assertThat(s.recommendation().line())
        .isEqualTo(
            "No model passes every gate: "
                + "openai/gpt-4o (avg 0.71 < 0.75; cost $0.015/1K tok > $0.01/1K tok), "
                + "ollama/llama3.2 (avg 0.74 < 0.75; cost unknown (no price), so it cannot be shown to be within "
                + "$0.01/1K tok).");
  }

  @Test
  void should_recommend_by_avg_score_among_models_that_pass_every_gate_without_priorities() {
    List<ModelFigures> models =
        List.of(
            model("openai/gpt-4o", 0.90, 0.5, "0.015", 500.0),
            model("openai/gpt-4o-mini", 0.80, 0.5, "0.001", 300.0),
            model("anthropic/claude-3-haiku", 0.78, 0.5, "0.001", 200.0));

    Selection s =
        Selection.evaluate(models, Thresholds.from(Configs.gates(null, 0.01, null)), null);

    assertThat(s.hasMatrix()).isFalse();
    assertThat(s.ranked()).isEmpty();
    assertThat(s.recommendation().modelId()).isEqualTo("openai/gpt-4o-mini");
    assertThat(s.recommendation().composite()).isNull();
    assertThat(s.recommendation().reason())
        .isEqualTo(
            "highest Avg score, 0.80, among the 2 models that pass every "
                + "gate; next: anthropic/claude-3-haiku 0.78; no priorities are set, so there is no decision matrix");
  }

  @Test
  void should_recommend_the_only_model_that_passes() {
    List<ModelFigures> models =
        List.of(
            model("openai/gpt-4o", 0.70, 0.5, "0.010", 500.0),
            model("openai/gpt-4o-mini", 0.80, 0.5, "0.001", 300.0));

    Selection s = Selection.evaluate(models, AVG_075, null);

    assertThat(s.recommendation().line())
        .isEqualTo(
            "Recommended model: openai/gpt-4o-mini (Avg score 0.80; the "
                + "only model that passes every gate; no priorities are set, so there is no decision matrix)");
  }

  @Test
  void should_not_recommend_models_without_results_or_the_recorded_row() {
    List<ModelFigures> models =
        List.of(
            ModelFigures.withoutResults("openai/gpt-4o"),
            ModelFigures.recordedRow("recorded", 0.9, java.util.Map.of()));

    Selection s = Selection.evaluate(models, Thresholds.none(), null);

    assertThat(s.recommendation().found()).isFalse();
    assertThat(s.recommendation().reason())
        .isEqualTo("No model can be recommended: no called model has results.");
    assertThat(s.anyModelMissesGate()).isFalse();
  }
}
