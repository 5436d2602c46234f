package ai.trainloop.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.trainloop.eval.Judgement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agreement between judge models, self-consistency of one, and contradiction warnings. */
class JudgeAgreementTest {
  private static Judgement judged(String metric, String a, String b) {
    Map<String, Judgement.Votes> votes = new LinkedHashMap<>();
    votes.put("a", new Judgement.Votes(a, List.of(), 0, 1));
    votes.put("b", new Judgement.Votes(b, List.of(), 0, 1));
    return new Judgement(metric, "s", "m", "claim", votes);
  }

  @Test
  void should_give_percent_and_kappa_between_two_judge_models_overall_and_per_metric() {
    List<Judgement> js = new ArrayList<>();
    js.add(judged("x", "pass", "pass"));
    js.add(judged("x", "fail", "fail"));
    js.add(judged("y", "pass", "fail"));
    js.add(judged("y", "pass", "pass"));
    js.add(judged("y", null, "pass")); // a rater without a verdict: left out

    JudgeAgreement.Result r = JudgeAgreement.of(js, List.of("a", "b"), 3);

    assertThat(r.overall().basis()).isEqualTo("models");
    assertThat(r.overall().judgements()).isEqualTo(4);
    assertThat(r.overall().percent()).isEqualTo(75.0);
    // p(pass) = 5/8: chance 0.53125; observed 0.75; kappa = (0.75 - 0.53125) / 0.46875
    assertThat(r.overall().kappa()).isCloseTo(0.4667, within(0.0001));
    assertThat(r.perMetric().get("x").percent()).isEqualTo(100.0);
    assertThat(r.perMetric().get("y").percent()).isEqualTo(50.0);
  }

  @Test
  void should_measure_one_models_self_consistency_over_its_k_calls() {
    Map<String, Judgement.Votes> votes =
        Map.of("a", new Judgement.Votes("pass", List.of("pass", "pass", "fail"), 0, 3));
    Map<String, Judgement.Votes> same =
        Map.of("a", new Judgement.Votes("fail", List.of("fail", "fail", "fail"), 0, 3));

    JudgeAgreement.Result r =
        JudgeAgreement.of(
            List.of(
                new Judgement("x", "s1", "m", "claim", votes),
                new Judgement("x", "s2", "m", "claim", same)),
            List.of("a"),
            3);

    assertThat(r.overall().basis()).isEqualTo("self");
    assertThat(r.overall().percent()).isEqualTo(50.0);
  }

  @Test
  void should_warn_about_a_judge_that_contradicts_itself_on_more_than_a_fifth_of_its_pairs() {
    Map<String, Judgement.Votes> votes = new LinkedHashMap<>();
    votes.put("steady", new Judgement.Votes("pass", List.of(), 0, 4));
    votes.put("fickle", new Judgement.Votes("pass", List.of(), 1, 4));
    Map<String, Judgement.Votes> worse = new LinkedHashMap<>();
    worse.put("steady", new Judgement.Votes("pass", List.of(), 0, 4));
    worse.put("fickle", new Judgement.Votes(null, List.of(), 1, 1));

    JudgeAgreement.Result r =
        JudgeAgreement.of(
            List.of(
                new Judgement("x", "s1", "m", "claim", votes),
                new Judgement("x", "s2", "m", "claim", worse)),
            List.of("steady", "fickle"),
            4);

    assertThat(r.contradictions()).containsEntry("fickle", 0.4).containsEntry("steady", 0.0);
    assertThat(JudgeAgreement.warnings(r))
        .singleElement()
        .asString()
        .startsWith("judge fickle contradicted itself on 40% of its claim pairs");
  }

  @Test
  void should_warn_about_a_judge_that_follows_the_position_in_pairwise_comparisons() {
    Map<String, Judgement.Votes> votes = new LinkedHashMap<>();
    votes.put("fair", new Judgement.Votes("win", List.of("win", "win"), 0, 2));
    votes.put("first-wins", new Judgement.Votes("tie", List.of("tie", "win"), 1, 2));
    Map<String, Judgement.Votes> claims = new LinkedHashMap<>();
    claims.put("first-wins", new Judgement.Votes("pass", List.of(), 0, 4));

    JudgeAgreement.Result r =
        JudgeAgreement.of(
            List.of(
                new Judgement("better", "s1", "m", "pairwise", votes),
                new Judgement("faithful", "s1", "m", "claim", claims)),
            List.of("fair", "first-wins"),
            2);

    assertThat(r.positionBias()).containsEntry("first-wins", 0.5).containsEntry("fair", 0.0);
    assertThat(r.contradictions()).containsOnlyKeys("first-wins").containsEntry("first-wins", 0.0);
    assertThat(JudgeAgreement.warnings(r))
        .singleElement()
        .asString()
        .startsWith(
            "judge first-wins followed the position of the replies on 50% of its order pairs");
  }
}
