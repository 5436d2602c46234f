package ai.trainloop.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.trainloop.config.BenchmarkConfig;
import ai.trainloop.config.SourceLocation;
import ai.trainloop.render.SelectionTable;
import ai.trainloop.render.TextTable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tutorial's "Common Benchmarking Scenarios", each with figures a run could produce and the
 * choice they imply.
 */
class TutorialScenariosTest {

  private final List<String> warnings = new ArrayList<>();

  private Selection select(BenchmarkConfig config, List<ModelFigures> models) {
    Priorities priorities =
        Priorities.from(
                config,
                List.of("has_greeting_word"),
                SourceLocation.unknown(Path.of("trainloop.config.yaml")),
                warnings::add)
            .orElse(null);
    return Selection.evaluate(models, Thresholds.from(config), priorities);
  }

  private static ModelFigures model(
      String id, double avg, String costPer1k, double meanMs, double p95Ms) {
    return ModelFigures.of(
        id,
        avg,
        Map.of("has_greeting_word", avg),
        costPer1k == null ? null : new BigDecimal(costPer1k),
        meanMs,
        p95Ms);
  }

  @Test
  void cost_optimisation_should_recommend_the_best_avg_within_one_cent_per_1k_tokens() {
    // given cost_threshold: 0.01 and performance_threshold: 0.75; gemini-pro has the best Avg but
    // no price
    BenchmarkConfig config = Configs.gates(0.75, 0.01, null);
    List<ModelFigures> models =
        List.of(
            model("openai/gpt-4o-mini", 0.82, "0.00033", 700, 1200),
            model("anthropic/claude-3-haiku-20240307", 0.74, "0.00049", 600, 1100),
            model("google/gemini-pro", 0.86, null, 800, 1500));

    // when
    Selection s = select(config, models);

    // then haiku misses the Avg gate, gemini-pro cannot be shown within the cost gate: gpt-4o-mini
    // it is
    assertThat(s.hasMatrix()).isFalse();
    assertThat(s.verdict("anthropic/claude-3-haiku-20240307").orElseThrow().gates().failures())
        .containsExactly("avg 0.74 < 0.75");
    assertThat(s.verdict("google/gemini-pro").orElseThrow().gates().gates())
        .containsExactly(
            Map.entry("performance_threshold", true), Map.entry("cost_threshold", false));
    assertThat(s.recommendation().line())
        .isEqualTo(
            "Recommended model: openai/gpt-4o-mini (Avg score 0.82; the "
                + "only model that passes every gate; no priorities are set, so there is no decision matrix)");
    assertThat(warnings).isEmpty();
  }

  @Test
  void accuracy_optimisation_should_weigh_accuracy_eight_to_two_against_cost() {
    // given accuracy_weight: 0.8 and cost_weight: 0.2
    BenchmarkConfig config = Configs.shortForm(0.8, 0.2);
    List<ModelFigures> models =
        List.of(
            model("openai/gpt-4o", 0.85, "0.006", 900, 1800),
            model("anthropic/claude-3-5-sonnet-20241022", 0.88, "0.009", 1100, 2100));

    // when
    Selection s = select(config, models);

    // then sonnet is the costliest (cost 0): 0.8 × 0.88 = 0.704;
    // gpt-4o: cost 1 − 0.006/0.009 = 1/3, so 0.8 × 0.85 + 0.2 × 1/3 = 0.68 + 0.0667 = 0.7467
    ModelVerdict gpt4o = s.verdict("openai/gpt-4o").orElseThrow();
    assertThat(gpt4o.composite()).isCloseTo(0.68 + 0.2 / 3, within(1e-12));
    assertThat(s.verdict("anthropic/claude-3-5-sonnet-20241022").orElseThrow().composite())
        .isEqualTo(0.704);
    assertThat(new SelectionTable(TextTable.Style.BOX).headers(s))
        .containsExactly("Model", "Accuracy (0.8)", "Cost (0.2)", "Composite");
    assertThat(new SelectionTable(TextTable.Style.BOX).rows(s))
        .containsExactly(
            List.of("openai/gpt-4o", "0.85", "0.33", "0.75"),
            List.of("anthropic/claude-3-5-sonnet-20241022", "0.88", "0.00", "0.70"));
    assertThat(s.recommendation().line())
        .isEqualTo(
            "Recommended model: openai/gpt-4o (highest composite, 0.75, "
                + "among the 2 models benchmarked; next: anthropic/claude-3-5-sonnet-20241022 0.70)");
  }

  @Test
  void speed_optimisation_should_exclude_a_model_whose_p95_passes_three_seconds() {
    // given max_response_time: 3.0; haiku scores better but its p95 is 3.4 s
    BenchmarkConfig config = Configs.gates(null, null, 3.0);
    List<ModelFigures> models =
        List.of(
            model("openai/gpt-4o-mini", 0.82, "0.00033", 1400, 2100),
            model("anthropic/claude-3-haiku-20240307", 0.84, "0.00049", 1900, 3400));

    // when
    Selection s = select(config, models);

    // then
    ModelVerdict haiku = s.verdict("anthropic/claude-3-haiku-20240307").orElseThrow();
    assertThat(haiku.gates().marked(GateCheck.MARK)).isEqualTo("✗ p95 3.40 s > 3.0 s");
    assertThat(new SelectionTable(TextTable.Style.BOX).modelCell(haiku))
        .isEqualTo("anthropic/claude-3-haiku-20240307 ✗");
    assertThat(new SelectionTable(TextTable.Style.ASCII).modelCell(haiku))
        .isEqualTo("anthropic/claude-3-haiku-20240307 [x]");
    assertThat(s.recommendation().modelId()).isEqualTo("openai/gpt-4o-mini");
  }
}
