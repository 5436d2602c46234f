package ai.trainloop.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelPriceTest {

  private static final Price BASE =
      new Price(new BigDecimal("1"), new BigDecimal("2"), null, null, "base");

  @Test
  void should_pick_the_highest_tier_whose_threshold_the_input_exceeds() {
    // given tiers above 128k and above 200k, listed out of order
    PriceTier t200 = new PriceTier(200_000, new BigDecimal("4"), new BigDecimal("8"), null, null);
    PriceTier t128 = new PriceTier(128_000, new BigDecimal("3"), new BigDecimal("6"), null, null);
    ModelPrice price = new ModelPrice(BASE, List.of(t200, t128));
    // then
    assertThat(price.tiers()).containsExactly(t128, t200);
    assertThat(price.forInputTokens(128_000)).isSameAs(BASE);
    assertThat(price.forInputTokens(128_001).input()).isEqualByComparingTo("3");
    assertThat(price.forInputTokens(200_001).input()).isEqualByComparingTo("4");
    assertThat(price.forInputTokens(200_001).source())
        .isEqualTo("base, long-context tier above 200000 input tokens");
  }

  @Test
  void should_reject_a_non_positive_threshold_and_a_base_without_output() {
    assertThatThrownBy(() -> new PriceTier(0, BigDecimal.ONE, BigDecimal.ONE, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ModelPrice.flat(new Price(BigDecimal.ONE, null, null, null, "x")))
        .isInstanceOf(NullPointerException.class);
  }
}
