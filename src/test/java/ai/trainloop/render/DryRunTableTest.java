package ai.trainloop.render;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.cost.DryRunPlan;
import ai.trainloop.cost.DryRunPlanner;
import ai.trainloop.cost.DryRunPlannerTest;
import ai.trainloop.cost.PriceResolver;
import ai.trainloop.cost.PriceTable;
import ai.trainloop.cost.TokenEstimator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DryRunTableTest {

  private final DryRunPlan plan =
      new DryRunPlanner(new PriceResolver(PriceTable.bundled(), Map.of()), new TokenEstimator())
          .plan(DryRunPlannerTest.SAMPLES, DryRunPlannerTest.ENTRIES);

  @Test
  void should_label_the_plan_as_estimates_and_mark_approximated_tokens() {
    assertThat(DryRunTable.TITLE).contains("estimates").contains("nothing was sent");
    assertThat(DryRunTable.headers())
        .containsExactly("Model", "Calls", "Est. input tok", "Est. output tok", "Est. cost");
    // llama3.2: s1 10, s2 16, s3 10 → 36 in; outputs ceil(18/4) 5 + 1 + 1 → 7 (no max_tokens)
    assertThat(DryRunTable.rows(plan))
        .containsExactly(
            List.of("openai/gpt-4o", "3", "38", "5", "$0.00015"),
            List.of("anthropic/claude-3-haiku-20240307", "3", "~36", "~6", "$0.000017"),
            List.of("ollama/llama3.2", "3", "~36", "~7", "n/a"),
            List.of("recorded", "3", "n/a", "n/a", "n/a"),
            List.of("Total", "12", "~110", "~18", "$0.00016"));
  }

  @Test
  void should_list_samples_per_tag_with_a_total() {
    assertThat(DryRunTable.tagHeaders()).containsExactly("Tag", "Samples");
    assertThat(DryRunTable.tagRows(plan))
        .containsExactly(List.of("greeting", "2"), List.of("qa", "1"), List.of("Total", "3"));
  }

  @Test
  void should_explain_each_estimate_and_what_the_total_leaves_out() {
    assertThat(DryRunTable.notes(plan))
        .containsExactly(
            "Input tokens counted with OpenAI's tokenizer (o200k_base / cl100k_base) for openai/gpt-4o.",
            "~ Input and output tokens approximated at about 4 characters a token for anthropic/claude-3-haiku-20240307, "
                + "ollama/llama3.2 (their tokenizers are not available): expect tens of percent off.",
            "Output tokens estimated from the recorded replies' length, capped at each model's max_tokens.",
            "Est. cost n/a: no price for ollama/llama3.2; the total leaves it out.",
            "The recorded provider replays the recorded replies: it sends and costs nothing.");
  }
}
