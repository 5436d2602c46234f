package ai.trainloop.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionMatrixTest {

  private static final Priorities TUTORIAL =
      new Priorities(weights("accuracy", 0.4, "cost", 0.3, "speed", 0.2, "creativity", 0.1));

  static Map<String, Double> weights(Object... pairs) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return map;
  }

  static ModelFigures model(
      String id, double avg, double creativity, String costPer1k, Double meanMs) {
    return ModelFigures.of(
        id,
        avg,
        Map.of("creativity", creativity),
        costPer1k == null ? null : new BigDecimal(costPer1k),
        meanMs,
        meanMs == null ? null : meanMs * 2);
  }

  /**
   * The tutorial's four models, with costs and times chosen so that the formula gives its
   * normalised values (cost per 1K ÷ $0.010 and mean ÷ 1000 ms, the highest being a fifth model):
   * GPT-4o has cost 1 − 0.008/0.010 = 0.2 and speed 1 − 300/1000 = 0.7, as printed.
   */
  static List<ModelFigures> tutorialModels() {
    return List.of(
        model("GPT-4o", 0.85, 0.8, "0.008", 300.0),
        model("GPT-4o-mini", 0.82, 0.7, "0.001", 200.0),
        model("Claude-3.5-Sonnet", 0.88, 0.9, "0.008", 400.0),
        model("Claude-3-Haiku", 0.79, 0.6, "0.001", 100.0),
        model("reference", 0.50, 0.5, "0.010", 1000.0));
  }

  @Test
  void should_compute_gpt_4o_composite_as_0_62_from_the_tutorials_formula_not_its_printed_0_64() {
    // when
    Selection s = Selection.evaluate(tutorialModels(), Thresholds.none(), TUTORIAL);

    // then 0.4 × 0.85 + 0.3 × 0.2 + 0.2 × 0.7 + 0.1 × 0.8 = 0.34 + 0.06 + 0.14 + 0.08 = 0.62
    ModelVerdict gpt4o = s.verdict("GPT-4o").orElseThrow();
    assertThat(gpt4o.normalized())
        .containsExactly(
            entry("accuracy", 0.85),
            entry("cost", 0.2),
            entry("speed", 0.7),
            entry("creativity", 0.8));
    assertThat(gpt4o.composite()).isEqualTo(0.62);
  }

  @Test
  void should_rank_the_tutorials_models_by_the_formula() {
    Selection s = Selection.evaluate(tutorialModels(), Thresholds.none(), TUTORIAL);

    // GPT-4o-mini: 0.4 × 0.82 + 0.3 × 0.9 + 0.2 × 0.8 + 0.1 × 0.7 = 0.328 + 0.27 + 0.16 + 0.07 =
    // 0.828
    // Claude-3-Haiku: 0.316 + 0.27 + 0.18 + 0.06 = 0.826; Claude-3.5-Sonnet: 0.352 + 0.06 + 0.12 +
    // 0.09 = 0.622
    // reference (highest cost and time): 0.4 × 0.5 + 0 + 0 + 0.1 × 0.5 = 0.25
    assertThat(s.ranked())
        .extracting(ModelVerdict::modelId, ModelVerdict::composite)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GPT-4o-mini", 0.828),
            org.assertj.core.groups.Tuple.tuple("Claude-3-Haiku", 0.826),
            org.assertj.core.groups.Tuple.tuple("Claude-3.5-Sonnet", 0.622),
            org.assertj.core.groups.Tuple.tuple("GPT-4o", 0.62),
            org.assertj.core.groups.Tuple.tuple("reference", 0.25));
    assertThat(s.recommendation().modelId()).isEqualTo("GPT-4o-mini");
    assertThat(s.recommendation().composite()).isEqualTo(0.828);
  }

  @Test
  void should_give_the_costliest_and_slowest_model_zero() {
    Selection s = Selection.evaluate(tutorialModels(), Thresholds.none(), TUTORIAL);

    assertThat(s.verdict("reference").orElseThrow().normalized())
        .contains(entry("cost", 0.0), entry("speed", 0.0));
  }

  @Test
  void should_give_every_model_cost_one_when_all_are_free() {
    List<ModelFigures> free =
        List.of(model("ollama/a", 0.6, 0.5, "0", 100.0), model("ollama/b", 0.7, 0.5, "0", 50.0));

    Selection s =
        Selection.evaluate(
            free, Thresholds.none(), new Priorities(weights("cost", 0.5, "speed", 0.5)));

    assertThat(s.verdicts()).allSatisfy(v -> assertThat(v.normalized().get("cost")).isEqualTo(1.0));
    // speed: a is the slowest (0), b is 1 − 50/100 = 0.5
    assertThat(s.verdict("ollama/a").orElseThrow().composite()).isEqualTo(0.5);
    assertThat(s.verdict("ollama/b").orElseThrow().composite()).isEqualTo(0.75);
  }

  @Test
  void should_not_rank_a_model_whose_weighted_cost_is_unknown_and_leave_it_out_of_the_maximum() {
    // given an unpriced model that would otherwise win on accuracy
    List<ModelFigures> models =
        List.of(
            model("openai/gpt-4o", 0.85, 0.5, "0.010", 500.0),
            model("openai/gpt-4o-mini", 0.80, 0.5, "0.002", 400.0),
            model("ollama/llama3.2", 0.95, 0.5, null, 300.0));

    Selection s =
        Selection.evaluate(
            models, Thresholds.none(), new Priorities(weights("accuracy", 0.5, "cost", 0.5)));

    ModelVerdict llama = s.verdict("ollama/llama3.2").orElseThrow();
    assertThat(llama.composite()).isNull();
    assertThat(llama.unranked()).isEqualTo("cost unknown (no price)");
    assertThat(llama.normalized()).containsEntry("cost", null).containsEntry("accuracy", 0.95);
    // the maximum is gpt-4o's $0.010: mini = 0.5 × 0.80 + 0.5 × (1 − 0.002/0.010) = 0.4 + 0.4 = 0.8
    assertThat(s.verdict("openai/gpt-4o-mini").orElseThrow().composite()).isEqualTo(0.8);
    assertThat(s.ranked())
        .extracting(ModelVerdict::modelId)
        .containsExactly("openai/gpt-4o-mini", "openai/gpt-4o", "ollama/llama3.2");
    assertThat(s.recommendation().modelId()).isEqualTo("openai/gpt-4o-mini");
    assertThat(s.recommendation().reason())
        .contains("not ranked: ollama/llama3.2 (cost unknown (no price))");
  }

  @Test
  void should_rank_an_unpriced_model_when_cost_is_not_weighted() {
    List<ModelFigures> models =
        List.of(
            model("openai/gpt-4o", 0.85, 0.5, "0.010", 500.0),
            model("ollama/llama3.2", 0.95, 0.5, null, 300.0));

    Selection s =
        Selection.evaluate(models, Thresholds.none(), new Priorities(weights("accuracy", 1.0)));

    assertThat(s.recommendation().modelId()).isEqualTo("ollama/llama3.2");
    assertThat(s.recommendation().composite()).isEqualTo(0.95);
  }

  @Test
  void should_leave_the_recorded_row_out_of_the_matrix_when_cost_or_speed_is_weighted() {
    List<ModelFigures> models =
        List.of(
            model("openai/gpt-4o", 0.85, 0.5, "0.010", 500.0),
            ModelFigures.recordedRow("recorded", 0.99, Map.of()));

    Selection s =
        Selection.evaluate(
            models, Thresholds.none(), new Priorities(weights("accuracy", 0.8, "cost", 0.2)));

    assertThat(s.ranked()).extracting(ModelVerdict::modelId).containsExactly("openai/gpt-4o");
    assertThat(s.verdict("recorded").orElseThrow().inMatrix()).isFalse();
    assertThat(s.notes())
        .containsExactly(
            "recorded is not in the decision matrix: its replies were recorded, not "
                + "called, so it has no cost or speed to weigh.");
  }

  @Test
  void should_keep_the_recorded_row_in_an_accuracy_only_matrix_but_never_recommend_it() {
    List<ModelFigures> models =
        List.of(
            model("openai/gpt-4o", 0.85, 0.5, "0.010", 500.0),
            ModelFigures.recordedRow("recorded", 0.99, Map.of()));

    Selection s =
        Selection.evaluate(models, Thresholds.none(), new Priorities(weights("accuracy", 1.0)));

    assertThat(s.ranked())
        .extracting(ModelVerdict::modelId)
        .containsExactly("recorded", "openai/gpt-4o");
    assertThat(s.verdict("recorded").orElseThrow().normalized())
        .containsEntry("accuracy", 0.99)
        .containsEntry("cost", null)
        .containsEntry("speed", null);
    assertThat(s.recommendation().modelId()).isEqualTo("openai/gpt-4o");
  }

  @Test
  void should_not_rank_a_model_missing_a_weighted_metric() {
    List<ModelFigures> models =
        List.of(
            model("openai/gpt-4o", 0.85, 0.7, "0.010", 500.0),
            ModelFigures.of(
                "openai/gpt-4o-mini", 0.8, Map.of(), new BigDecimal("0.001"), 300.0, 600.0));

    Selection s =
        Selection.evaluate(
            models, Thresholds.none(), new Priorities(weights("accuracy", 0.5, "creativity", 0.5)));

    assertThat(s.verdict("openai/gpt-4o-mini").orElseThrow().unranked())
        .isEqualTo("metric creativity has no score");
    assertThat(s.verdict("openai/gpt-4o").orElseThrow().composite()).isEqualTo(0.775);
  }

  @Test
  void should_break_composite_ties_by_id() {
    List<ModelFigures> models =
        List.of(model("b", 0.8, 0.5, "0.001", 100.0), model("a", 0.8, 0.5, "0.001", 100.0));

    Selection s =
        Selection.evaluate(models, Thresholds.none(), new Priorities(weights("accuracy", 1.0)));

    assertThat(s.ranked()).extracting(ModelVerdict::modelId).containsExactly("a", "b");
    assertThat(s.recommendation().modelId()).isEqualTo("a");
  }
}
