package ai.trainloop.decide;

import static ai.trainloop.decide.DecisionMatrixTest.model;
import static ai.trainloop.decide.DecisionMatrixTest.weights;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.results.ResultRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorRateGateTest {
  /** The default config: no threshold set, max_error_rate 0.05. */
  private static final Thresholds DEFAULTS = Thresholds.from(Configs.gates(null, null, null));

  @Test
  void
      should_never_recommend_a_model_that_failed_65_percent_of_its_calls_despite_a_higher_average() {
    // given flaky answered only the 35% of prompts it found easy, and so averages higher
    List<ModelFigures> models =
        List.of(
            model("flaky", 0.95, 1.0, "0.001", 300.0).withErrorRate(0.65),
            model("steady", 0.80, 1.0, "0.001", 300.0).withErrorRate(0.0));

    // when
    Selection s = Selection.evaluate(models, DEFAULTS, null);

    // then
    assertThat(s.recommendation().modelId()).isEqualTo("steady");
    ModelVerdict flaky = s.verdict("flaky").orElseThrow();
    assertThat(flaky.missesGate()).isTrue();
    assertThat(flaky.gates().plain()).startsWith("error rate 65% > 5%");
    assertThat(s.recommendation().reason()).contains("the only model that passes every gate");
  }

  @Test
  void
      should_pass_an_error_rate_equal_to_the_limit_and_recommend_nothing_when_every_model_errs_too_much() {
    List<ModelFigures> atLimit = List.of(model("a", 0.9, 1.0, "0.001", 300.0).withErrorRate(0.05));
    List<ModelFigures> allBad =
        List.of(
            model("a", 0.9, 1.0, "0.001", 300.0).withErrorRate(0.2),
            model("b", 0.8, 1.0, "0.001", 300.0).withErrorRate(0.5));

    assertThat(Selection.evaluate(atLimit, DEFAULTS, null).recommendation().modelId())
        .isEqualTo("a");
    Recommendation none = Selection.evaluate(allBad, DEFAULTS, null).recommendation();
    assertThat(none.modelId()).isNull();
    assertThat(none.reason()).contains("a (error rate 20% > 5%", "b (error rate 50% > 5%");
  }

  @Test
  void should_weigh_accuracy_in_the_matrix_over_the_samples_every_model_answered() {
    // given a answered s1..s4 (1, 1, 0, 0) and b only s1, s2 (1, 1): on their own, a 0.5 and b 1.0
    CommonSamples answers = new CommonSamples();
    for (int i = 1; i <= 4; i++) {
      answers.add(row("s" + i, "a", i <= 2 ? 1.0 : 0.0));
    }
    answers.add(row("s1", "b", 1.0));
    answers.add(row("s2", "b", 1.0));
    answers.add(
        ResultRow.builder()
            .sampleId("s3")
            .tag("t")
            .modelId("b")
            .error("HTTP 500")
            .attempts(1)
            .waitMs(0)
            .build());
    List<ModelFigures> own =
        List.of(
            ModelFigures.of("a", 0.5, Map.of("m", 0.5), null, 1.0, 1.0),
            ModelFigures.of("b", 1.0, Map.of("m", 1.0), null, 1.0, 1.0));

    // when
    List<ModelFigures> common = answers.onCommonSamples(own);
    Selection s =
        Selection.evaluate(
            own, common, "on 2", Thresholds.none(), new Priorities(weights("accuracy", 1.0)));

    // then both are compared on s1, s2 only
    assertThat(answers.common(List.of("a", "b"))).containsExactly("s1", "s2");
    assertThat(common).extracting(ModelFigures::avgScore).containsExactly(1.0, 1.0);
    assertThat(common.get(0).metricScores()).containsEntry("m", 1.0);
    assertThat(s.verdict("a").orElseThrow().composite()).isEqualTo(1.0);
    assertThat(s.verdict("a").orElseThrow().avgScore())
        .as("the gates keep the model's own Avg")
        .isEqualTo(0.5);
    assertThat(s.notes()).contains("on 2");
  }

  private static ResultRow row(String sample, String model, double score) {
    return ResultRow.builder()
        .sampleId(sample)
        .tag("t")
        .modelId(model)
        .score(score)
        .metrics(Map.of("m", score))
        .latencyMs(10L)
        .attempts(1)
        .waitMs(0)
        .build();
  }
}
