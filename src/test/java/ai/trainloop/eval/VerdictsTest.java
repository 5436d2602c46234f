package ai.trainloop.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verdicts come from the {@code <result>} element's first word only, matched whole. */
class VerdictsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "abstain",
      value = {
        "<result>true</result>|true",
        "<RESULT> Yes </Result>|true",
        "<result>**Correct**</result>|true",
        "<result>[true or false]: true</result>|true",
        "<result>false</result>|false",
        "<result>No.</result>|false",
        "<result>incorrect</result>|false",
        "<result>not true</result>|abstain",
        "<result>maybe</result>|abstain",
        "<result>truely</result>|abstain",
        "<result></result>|abstain",
        "The claim is true.|abstain",
        "<result>true|abstain",
        "<result><result>true</result></result>|abstain",
        "<result>true</result> later <result>false</result>|abstain",
        "<result>true</result> again <result>yes</result>|true",
      })
  void should_read_only_the_first_word_of_the_result_element(String answer, Boolean expected) {
    assertThat(Verdicts.claim(answer)).isEqualTo(expected);
  }

  @Test
  void should_not_read_incorrect_as_true_the_way_substring_matching_does() {
    assertThat(Verdicts.claim("<reasoning>it is true that…</reasoning><result>incorrect</result>"))
        .isFalse();
  }

  @Test
  void should_abstain_on_a_huge_answer_without_a_result_in_linear_time() {
    String huge = "<resul".repeat(400_000) + "true";

    long start = System.nanoTime();
    assertThat(Verdicts.claim(huge)).isNull();
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }

  @Test
  void should_read_a_verdict_surrounded_by_control_characters() {
    assertThat(Verdicts.claim("\u0000\u001b[31m<result>\u0007true\u0000</result>")).isTrue();
  }

  @Test
  void should_read_a_grade_from_1_to_5_and_abstain_outside_it() {
    assertThat(Verdicts.grade("<result>4</result>", 5)).isEqualTo(4);
    assertThat(Verdicts.grade("<result>4/5</result>", 5)).isEqualTo(4);
    assertThat(Verdicts.grade("<result>0</result>", 5)).isNull();
    assertThat(Verdicts.grade("<result>6</result>", 5)).isNull();
    assertThat(Verdicts.grade("<result>four</result>", 5)).isNull();
    assertThat(Verdicts.grade("<result>99999999999</result>", 5)).isNull();
  }

  @Test
  void should_read_a_choice_of_a_b_or_tie_strictly() {
    assertThat(Verdicts.choice("<result>A</result>")).isEqualTo("a");
    assertThat(Verdicts.choice("<result>\n**b**\n</result>")).isEqualTo("b");
    assertThat(Verdicts.choice("<result>Tie</result>")).isEqualTo("tie");
    assertThat(Verdicts.choice("<result>first</result>")).isNull();
    assertThat(Verdicts.choice("<result>Response A</result>")).isNull();
    assertThat(Verdicts.choice("<result>both</result>")).isNull();
    assertThat(Verdicts.choice("<result>A</result><result>B</result>")).isNull();
    assertThat(Verdicts.choice("A is better, so: A")).isNull();
  }

  @Test
  void should_show_reasoning_without_control_characters_and_cut_to_length() {
    String shown =
        Verdicts.reasoning("<reasoning>\u001b[2J line one\n\u202e line two</reasoning>", 100);
    assertThat(shown).isEqualTo("[2J line one line two");
    assertThat(Verdicts.reasoning("<reasoning>" + "x".repeat(500) + "</reasoning>", 10))
        .isEqualTo("xxxxxxxxxx…");
  }
}
