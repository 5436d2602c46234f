package ai.trainloop.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HolmTest {

  @Test
  void should_adjust_the_textbook_example_step_by_step() {
    // given p = 0.01, 0.04, 0.03, 0.005 (m = 4): sorted 0.005*4 = 0.02, 0.01*3 = 0.03, 0.03*2 =
    // 0.06,
    // 0.04*1 = 0.04 raised to the running maximum 0.06
    double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});

    assertThat(adjusted[0]).isCloseTo(0.03, within(1e-12));
    assertThat(adjusted[1]).isCloseTo(0.06, within(1e-12));
    assertThat(adjusted[2]).isCloseTo(0.06, within(1e-12));
    assertThat(adjusted[3]).isCloseTo(0.02, within(1e-12));
  }

  @Test
  void should_cap_at_one_and_leave_a_single_p_value_unchanged() {
    assertThat(Holm.adjust(new double[] {0.6, 0.7})).containsExactly(1.0, 1.0);
    assertThat(Holm.adjust(new double[] {0.03})).containsExactly(0.03);
  }

  @Test
  void should_skip_nan_entries_and_not_count_them_in_the_family() {
    double[] adjusted = Holm.adjust(new double[] {0.02, Double.NaN, 0.01});

    assertThat(adjusted[0]).isCloseTo(0.02, within(1e-12));
    assertThat(adjusted[1]).isNaN();
    assertThat(adjusted[2]).isCloseTo(0.02, within(1e-12));
  }
}
