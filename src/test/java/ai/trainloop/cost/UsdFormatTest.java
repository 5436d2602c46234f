package ai.trainloop.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsdFormatTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "4.5, $4.50",
    "12.345, $12.35",
    "1, $1.00",
    "1234.567, $1234.57",
    "0.5, $0.50",
    "0.30, $0.30",
    "0.9731, $0.97",
    "0.97315, $0.97",
    "0.0999, $0.10",
    "0.095, $0.095",
    "0.0400, $0.04",
    "0.015, $0.015",
    "0.0153, $0.015",
    "0.001, $0.001",
    "0.000042, $0.000042",
    "0.0000165, $0.000017",
    "0.000082500, $0.000083",
    "0.0000000001, $0.0000000001",
    "0, $0.00",
    "0.00, $0.00",
    "-0.25, -$0.25",
  })
  void should_show_cents_from_ten_cents_and_two_significant_digits_below_so_no_cost_reads_as_zero(
      String amount, String shown) {
    assertThat(UsdFormat.format(new BigDecimal(amount))).isEqualTo(shown);
  }

  @Test
  void should_show_an_unknown_amount_as_not_available_never_zero() {
    assertThat(UsdFormat.format(null)).isEqualTo("n/a");
  }
}
