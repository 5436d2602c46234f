package ai.trainloop.eval;

import static ai.trainloop.eval.ScriptedJudge.config;
import static ai.trainloop.eval.ScriptedJudge.result;
import static ai.trainloop.eval.ScriptedJudge.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A panel of scripted judges: k calls per claim per model, TrainLoop's vote, every judgement told.
 */
class PanelJudgeTest {
  private final List<Judgement> judged = Collections.synchronizedList(new ArrayList<>());

  private PanelJudge panel(ScriptedJudge client, int k, String... judges) {
    return new PanelJudge(
        config(k, judges), client, judged::add, "is_polite", sample("Hi Ann!"), 0);
  }

  @Test
  void should_number_each_call_of_a_claim_apart_and_each_repeats_apart_from_the_others() {
    ScriptedJudge client =
        ScriptedJudge.answering(
            Map.of(
                "openai/gpt-4o|is polite", List.of(result("true")),
                "openai/gpt-4o|is rude", List.of(result("false"))));
    Judges judges = Judges.of(config(2, "openai/gpt-4o"), client, judged::add);

    judges.open("is_polite", sample("Hi")).assertTrue("It is polite.", "It is rude.");
    judges.forRepeat(2).open("is_polite", sample("Hi")).assertTrue("It is polite.", "It is rude.");

    // repeat 0: calls 0 and 1 of each claim; repeat 2: calls 4 and 5 (the cache keeps them apart)
    assertThat(client.asked)
        .extracting(JudgeClient.JudgeQuery::repeat)
        .containsExactly(0, 1, 0, 1, 4, 5, 4, 5);
    assertThat(judges.forRepeat(0)).isSameAs(judges);
    assertThatThrownBy(() -> judges.forRepeat(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_ask_every_model_k_times_per_claim_with_the_claim_in_the_template() {
    ScriptedJudge client =
        ScriptedJudge.answering(
            Map.of(
                "openai/gpt-4o|is polite", List.of(result("true")),
                "openai/gpt-4o|is rude", List.of(result("false")),
                "anthropic/claude|is polite", List.of(result("yes")),
                "anthropic/claude|is rude", List.of(result("no"))));

    int verdict =
        panel(client, 3, "openai/gpt-4o", "anthropic/claude")
            .assertTrue("The reply is polite.", "The reply is rude.");

    assertThat(verdict).isEqualTo(1);
    assertThat(client.asked).hasSize(12);
    assertThat(client.asked.get(0).prompt())
        .contains("<claim>\nThe reply is polite.\n</claim>")
        .contains("You are a strict evaluator.");
    assertThat(client.asked).allSatisfy(q -> assertThat(q.modelId()).isEqualTo("m/x"));
    assertThat(client.asked).allSatisfy(q -> assertThat(q.metric()).isEqualTo("is_polite"));
    assertThat(judged).singleElement().satisfies(j -> assertThat(j.votes()).hasSize(2));
    assertThat(judged.get(0).votes().get("openai/gpt-4o").rating()).isEqualTo("pass");
  }

  @Test
  void should_fail_when_no_claim_wins_and_drop_contradictory_pairs() {
    ScriptedJudge client =
        ScriptedJudge.answering(
            Map.of(
                "openai/gpt-4o|is polite", List.of(result("true"), result("false"), result("true")),
                "openai/gpt-4o|is rude", List.of(result("true"), result("true"), result("true"))));
    PanelJudge judge = panel(client, 3, "openai/gpt-4o");

    // pairs (T,T) and (T,T) are dropped; (F,T): the no-claim wins
    assertThat(judge.assertTrue("It is polite.", "It is rude.")).isZero();
    assertThat(judged.get(0).votes().get("openai/gpt-4o").contradictions()).isEqualTo(2);
    assertThat(judge.reason()).contains("judge 0").contains("2 contradictory pairs dropped");
  }

  @Test
  void should_fail_the_evaluation_when_every_answer_abstained_or_failed() {
    ScriptedJudge client =
        ScriptedJudge.answering(
            Map.of(
                "openai/gpt-4o|is polite", List.of("I think so", "!HTTP 500 after 4 attempts"),
                "openai/gpt-4o|is rude", List.of("<result>perhaps</result>")));

    assertThatThrownBy(() -> panel(client, 2, "openai/gpt-4o").assertTrue("is polite", "is rude"))
        .isInstanceOf(JudgeException.class)
        .hasMessageContaining("every judge answer abstained or failed")
        .hasMessageContaining("3 abstained")
        .hasMessageContaining("1 failed")
        .hasMessageContaining("HTTP 500 after 4 attempts");
    assertThat(judged).hasSize(1);
  }

  @Test
  void should_vote_on_the_answers_left_when_some_calls_failed() {
    ScriptedJudge client =
        ScriptedJudge.answering(
            Map.of(
                "openai/gpt-4o|is polite", List.of("!timed out", result("true")),
                "openai/gpt-4o|is rude", List.of(result("false"))));

    assertThat(panel(client, 2, "openai/gpt-4o").assertTrue("is polite", "is rude")).isEqualTo(1);
  }

  @Test
  void should_grade_a_rubric_from_1_to_5_as_0_to_1() {
    ScriptedJudge client =
        ScriptedJudge.answering(
            Map.of(
                "openai/gpt-4o|<rubric>",
                List.of(result("5"), result("3"), result("nonsense"), result("4"))));
    PanelJudge judge = panel(client, 4, "openai/gpt-4o");

    assertThat(judge.grade("Greets the user by name.")).isEqualTo(0.75); // mean 4 of 5
    assertThat(judge.reason()).contains("mean grade 4.00 of 5").contains("1 abstained");
    assertThat(client.asked.get(0).prompt()).contains("Greets the user by name.");
  }

  @Test
  void should_compare_in_both_orders_so_a_position_bias_cancels_out() {
    // this judge always prefers whatever comes first: each pair is order-inconsistent, a tie
    ScriptedJudge client =
        ScriptedJudge.answering(Map.of("openai/gpt-4o|<response_a>", List.of(result("A"))));
    PanelJudge judge = panel(client, 1, "openai/gpt-4o");

    assertThat(judge.compare("Which is friendlier?", "Say hi", "Hi Ann!", "Hello.")).isEqualTo(0.5);
    assertThat(client.asked).hasSize(2);
    assertThat(client.asked.get(0).prompt())
        .contains("<response_a>\nHi Ann!\n</response_a>")
        .contains("<response_b>\nHello.\n</response_b>")
        .contains("[A, B or tie]");
    assertThat(client.asked.get(1).prompt()).contains("<response_a>\nHello.\n</response_a>");
    assertThat(judge.reason()).contains("1 order-inconsistent, counted as ties");
    assertThat(judged.get(0).votes().get("openai/gpt-4o").contradictions()).isEqualTo(1);
  }

  @Test
  void should_score_win_tie_and_loss_per_order_pair() {
    // order 1 (reply is A): A, tie, B; order 2 (reply is B): B, B, B
    ScriptedJudge client =
        ScriptedJudge.answering(
            Map.of(
                "openai/gpt-4o|<response_a>\nHi Ann!",
                List.of(result("A"), result("tie"), result("B")),
                "openai/gpt-4o|<response_a>\nHello.",
                List.of(result("B"), result("B"), result("B"))));
    PanelJudge judge = panel(client, 3, "openai/gpt-4o");

    // pairs: win+win = 1, tie+win = 0.75, loss+win = 0.5 (order-inconsistent): mean 0.75
    assertThat(judge.compare("Which is friendlier?", "Say hi", "Hi Ann!", "Hello."))
        .isEqualTo(0.75);
    assertThat(judged.get(0).votes().get("openai/gpt-4o").repeats())
        .containsExactly("win", "win", "tie");
  }

  @Test
  void should_leave_out_a_pair_with_an_abstained_answer_and_fail_when_none_is_left() {
    ScriptedJudge client =
        ScriptedJudge.answering(
            Map.of(
                "openai/gpt-4o|<response_a>\nHi Ann!",
                List.of("A, clearly.", result("A")),
                "openai/gpt-4o|<response_a>\nHello.",
                List.of(result("B"), "!HTTP 503 after 3 attempts")));

    assertThatThrownBy(
            () ->
                panel(client, 2, "openai/gpt-4o")
                    .compare("Which is friendlier?", "Say hi", "Hi Ann!", "Hello."))
        .isInstanceOf(JudgeException.class)
        .hasMessageContaining("every judge answer abstained or failed")
        .hasMessageContaining("0 of 2 order pairs decided")
        .hasMessageContaining("1 abstained")
        .hasMessageContaining("1 failed")
        .hasMessageContaining("HTTP 503 after 3 attempts");
  }

  @Test
  void should_not_substitute_a_placeholder_that_appears_inside_a_claim() {
    ScriptedJudge client =
        ScriptedJudge.answering(Map.of("openai/gpt-4o|{claim}", List.of(result("4"))));

    panel(client, 1, "openai/gpt-4o").grade("the reply says {claim} literally");

    assertThat(client.asked.get(0).prompt()).contains("the reply says {claim} literally");
  }
}
