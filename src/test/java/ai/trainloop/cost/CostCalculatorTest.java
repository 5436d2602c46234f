package ai.trainloop.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trainloop.provider.Usage;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostCalculatorTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Price price(String input, String output, String cached, String write) {
    return new Price(
        d(input),
        d(output),
        cached == null ? null : d(cached),
        write == null ? null : d(write),
        "test");
  }

  @Test
  void should_bill_openai_cached_tokens_at_cached_rate_and_reasoning_tokens_as_output() {
    // given gpt-4o-mini (0.15 / 0.60 / cached 0.075): prompt_tokens 2000 of which cached_tokens
    // 1024,
    // completion_tokens 500 of which reasoning_tokens 300
    Usage usage = new Usage(2000L, 500L, 1024L, 0L, 300L);
    // when
    BigDecimal cost = CostCalculator.cost(usage, price("0.15", "0.60", "0.075", null));
    // then (976 × 0.15 = 146.4) + (1024 × 0.075 = 76.8) + (500 × 0.60 = 300) = 523.2 per 1M →
    // 0.0005232
    assertThat(cost).isEqualByComparingTo("0.0005232");
  }

  @Test
  void should_bill_anthropic_cache_reads_and_writes_at_their_own_rates() {
    // given claude-3-5-sonnet (3 / 15 / read 0.30 / write 3.75): input_tokens 100, cache_read 5000,
    // cache_creation 2000 (Usage.inputTokens = 7100 includes both), output_tokens 400
    Usage usage = new Usage(7100L, 400L, 5000L, 2000L, 0L);
    // when
    BigDecimal cost = CostCalculator.cost(usage, price("3.00", "15.00", "0.30", "3.75"));
    // then 100 × 3 = 300; 5000 × 0.30 = 1500; 2000 × 3.75 = 7500; 400 × 15 = 6000; 15300 per 1M →
    // 0.0153
    assertThat(cost).isEqualByComparingTo("0.0153");
  }

  @Test
  void should_bill_gemini_thought_tokens_as_output() {
    // given gemini-2.5-flash (0.30 / 2.50): promptTokenCount 1000, candidatesTokenCount 200,
    // thoughtsTokenCount 800 → Usage.outputTokens 1000 (thoughts included), reasoning 800
    Usage usage = new Usage(1000L, 1000L, 0L, 0L, 800L);
    // when
    BigDecimal cost = CostCalculator.cost(usage, price("0.30", "2.50", "0.03", null));
    // then 1000 × 0.30 = 300; 1000 × 2.50 = 2500; 2800 per 1M → 0.0028
    assertThat(cost).isEqualByComparingTo("0.0028");
  }

  @Test
  void should_bill_whole_gemini_25_pro_call_at_long_context_tier_above_200k() {
    // given gemini-2.5-pro: 1.25 / 10 / cached 0.125; above 200k: 2.50 / 15 / cached 0.25
    ModelPrice pro =
        new ModelPrice(
            price("1.25", "10.00", "0.125", null),
            List.of(new PriceTier(200_000, d("2.50"), d("15.00"), d("0.25"), null)));
    // when 250,000 input tokens (50,000 cached) and 2,000 output
    BigDecimal above = CostCalculator.cost(new Usage(250_000L, 2_000L, 50_000L, 0L, 0L), pro);
    // then 200,000 × 2.50 = 500,000; 50,000 × 0.25 = 12,500; 2,000 × 15 = 30,000; 542,500 per 1M →
    // 0.5425
    assertThat(above).isEqualByComparingTo("0.5425");
    // and exactly 200,000 input tokens is not above the threshold: 200,000 × 1.25 + 2,000 × 10 =
    // 270,000 → 0.27
    assertThat(CostCalculator.cost(Usage.of(200_000, 2_000), pro)).isEqualByComparingTo("0.27");
  }

  @Test
  void
      should_bill_whole_claude_sonnet_4_call_at_long_context_tier_counting_cache_tokens_as_input() {
    // given claude-sonnet-4: 3 / 15 / 0.30 / 3.75; above 200k: 6 / 22.50 / 0.60 / 7.50
    ModelPrice sonnet4 =
        new ModelPrice(
            price("3.00", "15.00", "0.30", "3.75"),
            List.of(new PriceTier(200_000, d("6.00"), d("22.50"), d("0.60"), d("7.50"))));
    // when input_tokens 180,000 + cache_read 10,000 + cache_creation 20,000 = 210,000 input, 1,000
    // output
    BigDecimal cost =
        CostCalculator.cost(new Usage(210_000L, 1_000L, 10_000L, 20_000L, 0L), sonnet4);
    // then 180,000 × 6 = 1,080,000; 10,000 × 0.60 = 6,000; 20,000 × 7.50 = 150,000; 1,000 × 22.50 =
    // 22,500;
    // 1,258,500 per 1M → 1.2585
    assertThat(cost).isEqualByComparingTo("1.2585");
  }

  @Test
  void should_sum_100000_calls_exactly_without_drift() {
    // given a gpt-4o-mini call of 7 input and 3 output tokens: 7 × 0.15 + 3 × 0.60 = 2.85 per 1M =
    // 0.00000285
    Price mini = price("0.15", "0.60", "0.075", null);
    BigDecimal total = BigDecimal.ZERO;
    // when summed over 100,000 calls
    for (int i = 0; i < 100_000; i++) {
      total = total.add(CostCalculator.cost(Usage.of(7, 3), mini));
    }
    // then 0.00000285 × 100,000 = 0.285, exactly
    assertThat(total).isEqualByComparingTo("0.285");
    assertThat(total.compareTo(new BigDecimal("0.285"))).isZero();
  }

  @Test
  void should_keep_sub_cent_costs_exact() {
    // given one cached token at 0.075 per 1M
    BigDecimal cost =
        CostCalculator.cost(new Usage(1L, 0L, 1L, 0L, 0L), price("0.15", "0.60", "0.075", null));
    // then 0.075 / 1,000,000 = 0.000000075 with nothing rounded away
    assertThat(cost).isEqualTo(new BigDecimal("0.000000075"));
  }

  @Test
  void should_bill_cached_and_written_tokens_at_input_rate_when_price_has_no_cache_rates() {
    // given a price without cache rates (input 1, output 2) and 10 input tokens, 4 cached and 3
    // written
    BigDecimal cost =
        CostCalculator.cost(new Usage(10L, 5L, 4L, 3L, null), price("1", "2", null, null));
    // then 3 × 1 + 4 × 1 + 3 × 1 + 5 × 2 = 20 per 1M → 0.00002
    assertThat(cost).isEqualByComparingTo("0.00002");
  }

  @Test
  void should_treat_missing_cache_counts_as_zero() {
    // given a usage that reports only input and output
    Usage usage = new Usage(1000L, 100L, null, null, null);
    // then 1000 × 2.50 + 100 × 10 = 3500 per 1M → 0.0035
    assertThat(CostCalculator.cost(usage, price("2.50", "10.00", "1.25", null)))
        .isEqualByComparingTo("0.0035");
  }

  @Test
  void should_return_null_when_usage_is_unknown() {
    Price p = price("1", "2", null, null);
    assertThat(CostCalculator.cost(Usage.UNKNOWN, p)).isNull();
    assertThat(CostCalculator.cost(new Usage(10L, null, null, null, null), p)).isNull();
    assertThat(CostCalculator.cost((Usage) null, ModelPrice.flat(p))).isNull();
  }

  @Test
  void should_reject_usage_whose_cache_counts_exceed_input() {
    Usage broken = new Usage(10L, 1L, 8L, 5L, 0L);
    assertThatThrownBy(() -> CostCalculator.cost(broken, price("1", "2", null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceed the input tokens (10)");
  }

  @Test
  void should_cost_zero_tokens_at_zero() {
    assertThat(CostCalculator.cost(Usage.of(0, 0), price("3", "15", null, null)))
        .isEqualByComparingTo("0");
  }
}
