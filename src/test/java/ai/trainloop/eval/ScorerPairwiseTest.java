package ai.trainloop.eval;

import static ai.trainloop.eval.ScriptedJudge.config;
import static ai.trainloop.eval.ScriptedJudge.result;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.SuiteSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scorer's {@code judge_pairwise}: against the recorded reply or another model's, which it
 * names for the runner to wait for; a missing reply fails the sample, a judge answer without a
 * {@code <result>} abstains, and a model is not compared with itself.
 */
class ScorerPairwiseTest {
  private static final Sample MINE =
      new Sample(
          "s1", "t", List.of(new Message("user", "Say hi")), "Hi Ann!", "openai/a", "Hello.");

  private static Scorer scorer() {
    Map<String, Metric> m = new LinkedHashMap<>();
    m.put("vs_b", new PairwiseMetric("openai/b", "Which is friendlier?"));
    m.put("vs_recorded", new PairwiseMetric(PairwiseMetric.RECORDED, "Which is friendlier?"));
    return new Scorer(m, List.of(new SuiteSpec("t", List.copyOf(m.keySet()), null)));
  }

  /** Prefers whichever response says "Ann", in either position. */
  private static final ScriptedJudge PREFERS_ANN =
      new ScriptedJudge(
          q -> {
            String p = q.prompt();
            boolean annIsA =
                p.indexOf("Ann!", p.indexOf("<response_a>")) < p.indexOf("<response_b>");
            return JudgeClient.JudgeReply.answer(result(annIsA ? "A" : "B"));
          });

  private static Judges judges(JudgeClient client) {
    return Judges.of(config(1, "openai/judge"), client, JudgeSink.NONE);
  }

  @Test
  void should_name_the_models_a_reply_waits_for_but_never_its_own() {
    try (Scorer scorer = scorer()) {
      assertThat(scorer.awaits("t", "openai/a")).containsExactly("openai/b");
      assertThat(scorer.awaits("t", "openai/b")).isEmpty();
      assertThat(scorer.pairwiseAgainst()).containsExactly(Map.entry("vs_b", "openai/b"));
      assertThat(scorer.judgeMetrics()).containsExactly("vs_b", "vs_recorded");
    }
  }

  @Test
  void should_compare_with_the_other_models_reply_and_the_recorded_one() {
    try (Scorer scorer = scorer()) {
      List<MetricScore> scores =
          scorer.score(
              MINE,
              judges(PREFERS_ANN),
              Map.of("openai/b", Counterpart.replied("openai/b", "Hello there.")));

      assertThat(scores).extracting(MetricScore::score).containsExactly(1.0, 1.0);
      assertThat(scores.get(0).reason()).startsWith("won 1.00 (1 of 1 order pairs decided)");
      assertThat(PREFERS_ANN.asked)
          .anySatisfy(q -> assertThat(q.prompt()).contains("Hello there."));
    }
  }

  @Test
  void should_fail_the_sample_not_score_0_when_the_other_model_has_no_reply() {
    try (Scorer scorer = scorer()) {
      MetricScore vsB =
          scorer
              .score(
                  MINE,
                  judges(PREFERS_ANN),
                  Map.of("openai/b", Counterpart.missing("openai/b", "gave up after 3 attempts")))
              .get(0);
      MetricScore notGiven = scorer.score(MINE, judges(PREFERS_ANN)).get(0);

      assertThat(vsB.failed()).isTrue();
      assertThat(vsB.error())
          .isEqualTo("against model openai/b has no reply for sample s1: gave up after 3 attempts");
      assertThat(notGiven.failed()).isTrue();
    }
  }

  @Test
  void should_leave_the_compared_model_out_of_its_own_comparison() {
    try (Scorer scorer = scorer()) {
      List<MetricScore> scores =
          scorer.score(MINE.withOutput("openai/b", "Hello there."), judges(PREFERS_ANN), Map.of());

      assertThat(scores).extracting(MetricScore::metric).containsExactly("vs_recorded");
    }
  }

  @Test
  void should_fail_when_the_judge_answers_without_a_result_element() {
    ScriptedJudge noResult =
        new ScriptedJudge(q -> JudgeClient.JudgeReply.answer("A is friendlier, clearly."));
    try (Scorer scorer = scorer()) {
      MetricScore vsRecorded = scorer.score(MINE, judges(noResult)).get(1);

      assertThat(vsRecorded.failed()).isTrue();
      assertThat(vsRecorded.error())
          .contains("every judge answer abstained or failed")
          .contains("2 abstained");
    }
  }
}
