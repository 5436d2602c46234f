package ai.trainloop.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recommendation without priorities: with a control, the best deploy candidate else the
 * control; without one, the cheapest of the models tied on quality with the highest Avg.
 */
class ControlAndTiesTest {

  @Test
  void given_a_control_and_two_deploy_candidates_then_the_larger_improvement_is_recommended() {
    Answers a =
        new Answers().passes("prod", 50, 100).passes("good", 70, 100).passes("best", 85, 100);

    Selection s = a.select("prod");

    assertThat(s.control()).isEqualTo("prod");
    assertThat(s.ab()).extracting(AbResult::modelId).containsExactly("good", "best");
    assertThat(s.ab()).allMatch(r -> r.verdict() == AbResult.Verdict.DEPLOY);
    assertThat(s.recommendation().modelId()).isEqualTo("best");
    assertThat(s.recommendation().reason())
        .isEqualTo(
            "A/B vs prod: deploy, improvement +0.350 on 100 samples, p < 0.001 (Holm);"
                + " also deploy: good");
  }

  @Test
  void given_a_control_and_no_significantly_better_model_then_the_control_is_kept() {
    // "close" passes 3 more of 100: p = 0.25, not significant, though its Avg is higher
    Answers a = new Answers().passes("prod", 70, 100).passes("close", 73, 100);

    Selection s = a.select("prod");

    assertThat(s.ab())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.verdict()).isEqualTo(AbResult.Verdict.KEEP_CURRENT);
              assertThat(r.result().delta()).isPositive();
            });
    assertThat(s.recommendation().line())
        .isEqualTo(
            "Recommended model: prod (the control, kept: A/B vs prod: no model is significantly"
                + " better at alpha 0.05)");
  }

  @Test
  void given_the_control_better_than_every_candidate_then_the_control_is_kept() {
    Answers a = new Answers().passes("prod", 90, 100).passes("cheap", 40, 100);

    Selection s = a.select("prod");

    assertThat(s.ab().get(0).significantlyWorse()).isTrue();
    assertThat(s.recommendation().modelId()).isEqualTo("prod");
  }

  @Test
  void given_the_recorded_replies_as_control_then_a_better_called_model_is_deployed() {
    Answers a = new Answers().passes("new", 90, 100);
    List<ModelFigures> f =
        List.of(ModelFigures.recordedRow("recorded", 0.5, java.util.Map.of()), a.figures().get(0));
    Answers both = new Answers().passes("recorded", 50, 100).passes("new", 90, 100);

    Selection s =
        Selection.evaluate(f, f, null, Thresholds.none(), null, both.evidence("recorded"));

    assertThat(s.ab())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.controlId()).isEqualTo("recorded");
              assertThat(r.verdict()).isEqualTo(AbResult.Verdict.DEPLOY);
            });
    assertThat(s.recommendation().modelId()).isEqualTo("new");
  }

  @Test
  void given_the_recorded_control_and_no_better_model_then_the_recorded_replies_are_kept() {
    Answers a = new Answers().passes("recorded", 90, 100).passes("new", 88, 100);
    List<ModelFigures> f =
        List.of(ModelFigures.recordedRow("recorded", 0.9, java.util.Map.of()), a.figures().get(1));

    Selection s = Selection.evaluate(f, f, null, Thresholds.none(), null, a.evidence("recorded"));

    assertThat(s.recommendation().modelId()).isEqualTo("recorded");
    assertThat(s.recommendation().reason()).startsWith("the control, kept: A/B vs recorded");
  }

  @Test
  void given_a_deploy_candidate_that_misses_a_gate_then_the_control_is_kept_and_the_gate_named() {
    Answers a = new Answers().passes("prod", 50, 100).passes("fast-but-bad", 90, 100);
    List<ModelFigures> f = a.figures();
    // fast-but-bad is the better model but its p95 breaks max_response_time
    f =
        List.of(
            f.get(0),
            ModelFigures.of("fast-but-bad", 0.9, java.util.Map.of(), null, 100.0, 9000.0));
    Thresholds gates = Thresholds.from(Configs.gates(null, null, 2.0));

    Selection s = Selection.evaluate(f, f, null, gates, null, a.evidence("prod"));

    assertThat(s.ab().get(0).verdict()).isEqualTo(AbResult.Verdict.DEPLOY);
    assertThat(s.recommendation().modelId()).isEqualTo("prod");
    assertThat(s.recommendation().reason()).endsWith("; fast-but-bad: deploy, but misses a gate");
  }

  @Test
  void given_identical_replies_and_different_prices_then_the_cheaper_model_is_recommended() {
    // openai/gpt-4o sorts first among equal Avgs; gpt-4o-mini costs a sixteenth per sample
    Answers a =
        new Answers()
            .passes("openai/gpt-4o", 80, 100)
            .passes("openai/gpt-4o-mini", 80, 100)
            .price("openai/gpt-4o", "0.0016")
            .price("openai/gpt-4o-mini", "0.0001");

    Selection s = a.select(null);

    assertThat(s.ab()).isEmpty();
    assertThat(s.recommendation().line())
        .isEqualTo(
            "Recommended model: openai/gpt-4o-mini (tied with openai/gpt-4o on quality (p = 1.000),"
                + " a sixteenth of the cost; openai/gpt-4o has the highest Avg score, 0.80; the"
                + " cheapest per sample of the tied models is chosen; no priorities are set, so"
                + " there is no decision matrix)");
  }

  @Test
  void given_a_tie_where_the_best_is_also_the_cheapest_then_it_is_recommended_and_says_so() {
    Answers a =
        new Answers()
            .passes("big-cheap", 80, 100)
            .passes("big-dear", 80, 100)
            .price("big-cheap", "0.0001")
            .price("big-dear", "0.001");

    Selection s = a.select(null);

    assertThat(s.recommendation().modelId()).isEqualTo("big-cheap");
    assertThat(s.recommendation().reason())
        .contains("tied on quality with big-dear (p = 1.000), and the cheapest of them per sample");
  }

  @Test
  void given_a_cheaper_but_significantly_worse_model_then_it_is_not_chosen() {
    Answers a =
        new Answers()
            .passes("dear", 90, 100)
            .passes("cheap", 60, 100)
            .price("dear", "0.01")
            .price("cheap", "0.0001");

    Selection s = a.select(null);

    assertThat(s.recommendation().modelId()).isEqualTo("dear");
    assertThat(s.recommendation().reason())
        .isEqualTo(
            "highest Avg score, 0.90, among the 2 models benchmarked; next: cheap 0.60; no"
                + " priorities are set, so there is no decision matrix");
  }

  @Test
  void given_a_cheaper_model_not_significantly_below_the_best_then_the_cheaper_one_is_chosen() {
    // 2 fewer passes of 100: McNemar p = 0.5, so the two are tied
    Answers a =
        new Answers()
            .passes("dear", 82, 100)
            .passes("cheap", 80, 100)
            .price("dear", "0.001")
            .price("cheap", "0.0001");

    Selection s = a.select(null);

    assertThat(s.recommendation().modelId()).isEqualTo("cheap");
    assertThat(s.recommendation().reason())
        .startsWith("tied with dear on quality (p = 0.500), a tenth of the cost; dear has the");
  }

  @Test
  void given_tied_models_without_prices_then_the_highest_avg_is_recommended() {
    Answers a =
        new Answers().passes("dear", 82, 100).passes("cheap", 80, 100).price("cheap", "0.0001");

    Selection s = a.select(null);

    assertThat(s.recommendation().modelId()).isEqualTo("dear");
    assertThat(s.recommendation().reason())
        .contains(
            "tied on quality with cheap (p = 0.500), but not every tied model has a price,"
                + " so the highest Avg is chosen");
  }

  @Test
  void given_a_cheaper_model_sharing_no_sample_with_the_best_then_it_is_not_tied() {
    Answers a =
        new Answers().passes("dear", 80, 100).price("dear", "0.01").price("ghost", "0.0001");
    List<ModelFigures> f =
        List.of(
            a.figures().get(0),
            ModelFigures.of("ghost", 0.8, java.util.Map.of(), null, 100.0, 200.0));

    Selection s = Selection.evaluate(f, f, null, Thresholds.none(), null, a.evidence(null));

    assertThat(s.recommendation().modelId()).isEqualTo("dear");
  }

  @Test
  void given_priorities_then_the_composite_decides_and_names_the_models_within_its_noise() {
    Answers a =
        new Answers()
            .passes("dear", 82, 100)
            .passes("cheap", 80, 100)
            .price("dear", "0.001")
            .price("cheap", "0.0001");
    List<ModelFigures> f = a.figures();
    Priorities p = new Priorities(DecisionMatrixTest.weights("accuracy", 1.0));

    Selection s = Selection.evaluate(f, f, null, Thresholds.none(), p, a.evidence(null));

    assertThat(s.recommendation().modelId()).isEqualTo("dear");
    assertThat(s.recommendation().reason())
        .endsWith("; within its noise on quality: cheap (p = 0.500)");
  }

  @Test
  void given_a_control_and_priorities_then_the_ab_test_is_reported_but_the_composite_decides() {
    Answers a = new Answers().passes("prod", 90, 100).passes("new", 60, 100);
    List<ModelFigures> f = a.figures();
    Priorities p = new Priorities(DecisionMatrixTest.weights("accuracy", 1.0));

    Selection s = Selection.evaluate(f, f, null, Thresholds.none(), p, a.evidence("prod"));

    assertThat(s.ab())
        .singleElement()
        .satisfies(r -> assertThat(r.verdict()).isEqualTo(AbResult.Verdict.KEEP_CURRENT));
    assertThat(s.recommendation().modelId()).isEqualTo("prod");
    assertThat(s.recommendation().composite()).isEqualTo(0.9);
    assertThat(s.recommendation().reason()).startsWith("highest composite, 0.90");
  }
}
