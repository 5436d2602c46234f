package ai.trainloop.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fleiss' kappa against the textbook example (Fleiss 1971, as Wikipedia works it: 0.210). */
class FleissKappaTest {
  private static final List<int[]> FLEISS_1971 =
      List.of(
          new int[] {0, 0, 0, 0, 14},
          new int[] {0, 2, 6, 4, 2},
          new int[] {0, 0, 3, 5, 6},
          new int[] {0, 3, 9, 2, 0},
          new int[] {2, 2, 8, 1, 1},
          new int[] {7, 7, 0, 0, 0},
          new int[] {3, 2, 6, 3, 0},
          new int[] {2, 5, 3, 2, 2},
          new int[] {6, 5, 2, 1, 0},
          new int[] {0, 2, 2, 3, 7});

  @Test
  void should_give_the_textbook_kappa_of_fourteen_raters_on_ten_subjects() {
    assertThat(FleissKappa.of(FLEISS_1971)).isCloseTo(0.2099, within(0.0001));
  }

  @Test
  void should_give_1_for_full_agreement_across_categories_and_nan_for_one_category() {
    assertThat(FleissKappa.of(List.of(new int[] {2, 0}, new int[] {0, 2}))).isEqualTo(1.0);
    assertThat(FleissKappa.of(List.of(new int[] {2, 0}, new int[] {2, 0}))).isNaN();
    assertThat(FleissKappa.of(List.of())).isNaN();
  }

  @Test
  void should_count_the_share_of_unanimous_subjects() {
    assertThat(FleissKappa.unanimous(FLEISS_1971)).isEqualTo(0.1);
  }
}
