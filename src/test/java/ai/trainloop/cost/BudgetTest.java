package ai.trainloop.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.PriceOverride;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.Usage;
import ai.trainloop.run.ModelTarget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetTest {

  /** $10,000 per 1M tokens: one cent a token, so estimates are easy to check by hand. */
  static final ModelTarget PRICED =
      target(
          ProviderEntry.builder()
              .provider("openai-compatible")
              .model("m")
              .pricing(new PriceOverride(new BigDecimal("10000"), new BigDecimal("10000"), null))
              .build());

  static final ModelTarget UNPRICED = target(ProviderEntry.of("ollama", "llama3.2"));
  static final ModelTarget RECORDED = target(ProviderEntry.of("recorded", "recorded"));

  private final List<String> warnings = new ArrayList<>();

  static ModelTarget target(ProviderEntry entry) {
    return new ModelTarget(entry, null, entry.provider());
  }

  /**
   * A sample whose estimate on {@link #PRICED} is $0.09: input 3 (reply) + 3 (message) + "user" 1 +
   * "abcd" 1 = 8 tokens, output "abcd" 1 token (about four characters a token: "m" has no bundled
   * tokenizer).
   */
  static RecordedCall sample(int i) {
    return new RecordedCall(
        "s" + i,
        "t",
        List.of(new ChatMessage("user", "abcd")),
        "abcd",
        "m",
        Map.of(),
        null,
        "f:" + i);
  }

  static Budget budget(String usd, List<String> warnings) {
    return new Budget(
        new BigDecimal(usd),
        new PriceResolver(PriceTable.bundled(), Map.of()),
        new TokenEstimator(),
        warnings::add);
  }

  @Test
  void should_count_calls_in_flight_against_the_budget_before_they_finish() {
    Budget budget = budget("0.20", warnings);

    assertThat(budget.refuse(PRICED, sample(1))).isNull();
    assertThat(budget.refuse(PRICED, sample(2))).isNull();
    String refusal = budget.refuse(PRICED, sample(3));

    // 0.09 + 0.09 in flight + 0.09 next = 0.27 > 0.20
    assertThat(refusal)
        .isEqualTo(
            "budget of $0.20 reached: spent $0.00 (+ ~$0.18 in flight), next call ~$0.09 (openai-compatible/m)");
    assertThat(budget.inFlight()).isEqualByComparingTo("0.18");
    assertThat(budget.reached()).isTrue();
  }

  @Test
  void should_refuse_when_the_spend_plus_the_next_estimate_passes_the_budget() {
    Budget budget = budget("1.00", warnings);
    budget.settle("openai-compatible/m", "earlier", new BigDecimal("0.9731"));

    assertThat(budget.refuse(PRICED, sample(1)))
        .isEqualTo("budget of $1.00 reached: spent $0.97, next call ~$0.09 (openai-compatible/m)");
  }

  @Test
  void should_replace_an_estimate_by_the_actual_cost_when_a_call_is_settled() {
    Budget budget = budget("0.20", warnings);
    budget.refuse(PRICED, sample(1));

    budget.settle("openai-compatible/m", "s1", new BigDecimal("0.02"));

    assertThat(budget.spent()).isEqualByComparingTo("0.02");
    assertThat(budget.inFlight()).isEqualByComparingTo("0");
    // 0.02 + 0.09 + 0.09 = 0.20 is within the budget; one more is not
    assertThat(budget.refuse(PRICED, sample(2))).isNull();
    assertThat(budget.refuse(PRICED, sample(3))).isNull();
    assertThat(budget.refuse(PRICED, sample(4)))
        .startsWith("budget of $0.20 reached: spent $0.02 (+ ~$0.18 in flight)");
  }

  @Test
  void should_settle_a_call_at_its_actual_cost_when_its_reply_arrives_not_after_scoring() {
    Budget budget = budget("0.20", warnings);
    budget.refuse(PRICED, sample(1));

    // 1 input + 1 output token at $10,000 per million each: $0.02, while its metrics still run
    budget.replied(PRICED, sample(1), Usage.of(1, 1));

    assertThat(budget.spent()).isEqualByComparingTo("0.02");
    assertThat(budget.inFlight()).isEqualByComparingTo("0");
    budget.settle("openai-compatible/m", "s1", new BigDecimal("0.02"));
    assertThat(budget.spent()).as("its row does not count it twice").isEqualByComparingTo("0.02");
    budget.settleUnfinished("openai-compatible/m", "s1");
    assertThat(budget.spent()).isEqualByComparingTo("0.02");
  }

  @Test
  void should_count_a_reply_cut_short_while_scoring_at_its_actual_cost_not_its_estimate() {
    Budget budget = budget("0.20", warnings);
    budget.refuse(PRICED, sample(1));
    budget.replied(PRICED, sample(1), Usage.of(1, 1));

    budget.settleUnfinished("openai-compatible/m", "s1");

    assertThat(budget.spent()).isEqualByComparingTo("0.02");
    assertThat(budget.inFlight()).isEqualByComparingTo("0");
  }

  @Test
  void should_release_the_estimate_of_a_reply_without_usage_and_count_nothing() {
    Budget budget = budget("0.20", warnings);
    budget.refuse(PRICED, sample(1));

    budget.replied(PRICED, sample(1), Usage.UNKNOWN);

    assertThat(budget.spent()).isEqualByComparingTo("0");
    assertThat(budget.inFlight()).isEqualByComparingTo("0");
  }

  @Test
  void should_keep_the_estimate_of_a_call_cancelled_in_flight_as_spent() {
    Budget budget = budget("0.20", warnings);
    budget.refuse(PRICED, sample(1));

    budget.settleUnfinished("openai-compatible/m", "s1");

    assertThat(budget.spent())
        .as("the provider may bill a cancelled call")
        .isEqualByComparingTo("0.09");
    assertThat(budget.inFlight()).isEqualByComparingTo("0");
    assertThat(budget.refuse(PRICED, sample(2))).isNull();
    assertThat(budget.refuse(PRICED, sample(3))).startsWith("budget of $0.20 reached: spent $0.09");
  }

  @Test
  void should_release_the_estimate_of_a_failed_call() {
    Budget budget = budget("0.10", warnings);
    budget.refuse(PRICED, sample(1));

    budget.settle("openai-compatible/m", "s1", null);

    assertThat(budget.spent()).isEqualByComparingTo("0");
    assertThat(budget.inFlight()).isEqualByComparingTo("0");
    assertThat(budget.refuse(PRICED, sample(2))).isNull();
  }

  @Test
  void should_keep_refusing_once_the_budget_is_reached_even_cheaper_calls() {
    Budget budget = budget("0.05", warnings);

    String first = budget.refuse(PRICED, sample(1));

    assertThat(first).isNotNull();
    assertThat(budget.refuse(UNPRICED, sample(2))).isEqualTo(first);
  }

  @Test
  void should_count_unpriced_models_as_zero_and_warn_once_that_the_budget_cannot_cover_them() {
    Budget budget = budget("0", warnings);

    assertThat(budget.refuse(UNPRICED, sample(1))).isNull();
    assertThat(budget.refuse(UNPRICED, sample(2))).isNull();
    assertThat(budget.refuse(RECORDED, sample(1))).isNull();

    assertThat(warnings)
        .containsExactly(
            "the budget of $0.00 cannot cover ollama/llama3.2: it has no price, so its "
                + "calls count as $0 against the budget");
    assertThat(budget.inFlight()).isEqualByComparingTo("0");
  }

  @Test
  void should_reject_a_negative_budget() {
    assertThatThrownBy(() -> budget("-1", warnings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the budget must not be negative: -1");
  }
}
