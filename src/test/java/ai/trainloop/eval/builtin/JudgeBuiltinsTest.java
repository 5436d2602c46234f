package ai.trainloop.eval.builtin;

import static ai.trainloop.eval.builtin.BuiltinFixtures.metric;
import static ai.trainloop.eval.builtin.BuiltinFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.config.ConfigException;
import ai.trainloop.eval.Judge;
import ai.trainloop.eval.JudgedMetric;
import ai.trainloop.eval.Message;
import ai.trainloop.eval.PairwiseMetric;
import ai.trainloop.eval.Sample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The YAML judge types: claims with placeholders, rubrics, pairwise against the recorded reply. */
class JudgeBuiltinsTest {
  private static final Sample SAMPLE =
      new Sample(
          "s1",
          "greeting",
          List.of(new Message("system", "Be brief."), new Message("user", "Greet Ann")),
          "Hi Ann!",
          "openai/gpt-4o",
          "Hello, Ann.");

  /** Records what it was asked; answers 1, 0.75 or 0.5. */
  private static final class Asked implements Judge {
    final List<String> questions = new ArrayList<>();

    @Override
    public int assertTrue(String yesClaim, String noClaim) {
      questions.add(yesClaim);
      questions.add(noClaim);
      return 1;
    }

    @Override
    public double grade(String rubric) {
      questions.add(rubric);
      return 0.75;
    }

    @Override
    public double compare(String question, String prompt, String reply, String other) {
      questions.addAll(List.of(question, prompt, reply, other));
      return 0.5;
    }
  }

  private static Asked evaluate(String type, Object... kv) throws Exception {
    Asked judge = new Asked();
    ((JudgedMetric) metric(type, kv)).evaluate(SAMPLE, judge);
    return judge;
  }

  @Test
  void should_fill_input_output_and_recorded_placeholders_in_each_claim() throws Exception {
    Asked judge =
        evaluate(
            "judge",
            "yes",
            "Replying to {input}, '{output}' is as friendly as '{recorded}'.",
            "no",
            "'{output}' is less friendly than '{recorded}'.");

    assertThat(judge.questions)
        .containsExactly(
            "Replying to system: Be brief.\nuser: Greet Ann, 'Hi Ann!' is as friendly as 'Hello, Ann.'.",
            "'Hi Ann!' is less friendly than 'Hello, Ann.'.");
  }

  @Test
  void should_append_the_prompt_and_reply_to_a_claim_without_placeholders() throws Exception {
    Asked judge = evaluate("judge", "yes", "The response greets Ann.", "no", "It does not.");

    assertThat(judge.questions.get(0))
        .isEqualTo(
            "The response greets Ann.\n\n<prompt>\nsystem: Be brief.\nuser: Greet Ann\n</prompt>"
                + "\n\n<response>\nHi Ann!\n</response>");
  }

  @Test
  void should_not_expand_a_placeholder_that_the_reply_itself_contains() throws Exception {
    Asked judge = new Asked();
    ((JudgedMetric) metric("judge", "yes", "{output} ok", "no", "{output} bad"))
        .evaluate(SAMPLE.withOutput("m", "I print {recorded} and $1 \\1"), judge);

    assertThat(judge.questions.get(0)).isEqualTo("I print {recorded} and $1 \\1 ok");
  }

  @Test
  void should_grade_a_rubric_with_its_placeholders() throws Exception {
    assertThat(evaluate("judge", "rubric", "Greets {input} warmly").questions)
        .containsExactly("Greets system: Be brief.\nuser: Greet Ann warmly");
  }

  @Test
  void should_keep_what_a_pairwise_metric_compares_with() {
    PairwiseMetric recorded =
        (PairwiseMetric) metric("judge_pairwise", "against", "recorded", "question", "q?");
    PairwiseMetric model =
        (PairwiseMetric) metric("judge_pairwise", "against", " openai/gpt-4o ", "question", "q?");

    assertThat(recorded.againstModel()).isFalse();
    assertThat(model.againstModel()).isTrue();
    assertThat(model.against()).isEqualTo("openai/gpt-4o");
    assertThat(model.question()).isEqualTo("q?");
  }

  @Test
  void should_refuse_a_judge_without_claims_and_a_rubric_beside_claims() {
    assertThat(catchThrowableOfType(ConfigException.class, () -> metric("judge")).detail())
        .contains("needs 'yes'");
    ConfigException both =
        catchThrowableOfType(
            ConfigException.class, () -> metric("judge", "rubric", "r", "yes", "y", "no", "n"));
    assertThat(both.keyPath()).isEqualTo("trainloop.eval.metrics.m.rubric");
    ConfigException onlyYes =
        catchThrowableOfType(ConfigException.class, () -> metric("judge", "yes", "y"));
    assertThat(onlyYes.keyPath()).isEqualTo("trainloop.eval.metrics.m.no");
  }

  @Test
  void should_refuse_pairwise_without_against_or_question() {
    assertThat(
            catchThrowableOfType(
                    ConfigException.class,
                    () -> metric("judge_pairwise", "against", "  ", "question", "q"))
                .keyPath())
        .isEqualTo("trainloop.eval.metrics.m.against");
    assertThat(
            catchThrowableOfType(
                    ConfigException.class, () -> metric("judge_pairwise", "against", "recorded"))
                .keyPath())
        .isEqualTo("trainloop.eval.metrics.m.question");
  }

  @Test
  void should_count_the_judge_questions_each_type_asks_for_the_dry_run() {
    assertThat(BuiltinMetrics.judgePrompts(spec("judge", "yes", "y", "no", "n"))).isEqualTo(2);
    assertThat(BuiltinMetrics.judgePrompts(spec("judge", "rubric", "r"))).isEqualTo(1);
    assertThat(BuiltinMetrics.judgePrompts(spec("judge_pairwise", "against", "recorded")))
        .isEqualTo(2);
    assertThat(BuiltinMetrics.judgePrompts(spec("contains", "any", List.of("hi")))).isZero();
  }
}
