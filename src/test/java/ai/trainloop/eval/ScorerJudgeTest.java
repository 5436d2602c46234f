package ai.trainloop.eval;

import static ai.trainloop.eval.ScriptedJudge.config;
import static ai.trainloop.eval.ScriptedJudge.result;
import static ai.trainloop.eval.ScriptedJudge.sample;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.SuiteSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scorer gives judge metrics their own judge, keeps reasons, and never turns a failure into 0.
 */
class ScorerJudgeTest {
  private static Scorer scorer(Map<String, Metric> metrics) {
    return new Scorer(metrics, List.of(new SuiteSpec("t", List.copyOf(metrics.keySet()), null)));
  }

  private static Map<String, Metric> metrics() {
    Map<String, Metric> m = new LinkedHashMap<>();
    m.put("short", s -> s.output().length() < 50 ? 1 : 0);
    m.put(
        "polite",
        JudgedMetric.of(
            (JudgeMetric) (s, j) -> j.assertTrue("polite: " + s.output(), "rude: " + s.output())));
    m.put(
        "explained",
        JudgedMetric.of((s, j) -> new Score(0.5, "half, because \u001b[31mreasons"), false));
    return m;
  }

  @Test
  void should_score_a_judge_metric_and_keep_the_judges_reason() {
    ScriptedJudge client =
        ScriptedJudge.answering(
            Map.of(
                "openai/gpt-4o|polite:", List.of(result("true")),
                "openai/gpt-4o|rude:", List.of(result("false"))));
    try (Scorer scorer = scorer(metrics())) {
      List<MetricScore> scores =
          scorer.score(
              sample("Hi Ann!"), Judges.of(config(3, "openai/gpt-4o"), client, JudgeSink.NONE));

      assertThat(scores)
          .extracting(MetricScore::metric)
          .containsExactly("short", "polite", "explained");
      assertThat(scores.get(1).score()).isEqualTo(1.0);
      assertThat(scores.get(1).reason())
          .startsWith("judge 1 (yes-claim true in 3, no-claim true in 0 of 3 answers each)")
          .contains("openai/gpt-4o: I looked at it.");
      assertThat(scores.get(2).reason()).isEqualTo("half, because [31mreasons");
      assertThat(scores.get(0).reason()).isNull();
    }
  }

  @Test
  void should_fail_the_judge_metric_not_score_0_when_every_judge_call_failed() {
    ScriptedJudge client = new ScriptedJudge(q -> JudgeClient.JudgeReply.failed("HTTP 500"));
    try (Scorer scorer = scorer(metrics())) {
      MetricScore polite =
          scorer
              .score(sample("Hi"), Judges.of(config(1, "openai/gpt-4o"), client, JudgeSink.NONE))
              .get(1);

      assertThat(polite.failed()).isTrue();
      assertThat(Double.isNaN(polite.score())).isTrue();
      assertThat(polite.error())
          .contains("every judge answer abstained or failed")
          .contains("HTTP 500");
    }
  }

  @Test
  void should_leave_judge_metrics_out_when_no_judge_can_be_called() {
    try (Scorer scorer = scorer(metrics())) {
      List<MetricScore> scores =
          scorer.score(sample("Hi"), Judges.none("set OPENAI_API_KEY for judge openai/gpt-4o"));

      assertThat(scores).extracting(MetricScore::metric).containsExactly("short", "explained");
      assertThat(scorer.judgeMetrics()).containsExactly("polite");
    }
  }

  @Test
  void should_fail_a_reasoned_metric_that_asks_a_judge_that_is_not_there() {
    Map<String, Metric> m =
        Map.of("asks", JudgedMetric.of((s, j) -> Score.of(j.assertTrue("a", "b")), false));
    try (Scorer scorer = scorer(m)) {
      MetricScore asks = scorer.score(sample("Hi"), Judges.none("no key")).get(0);

      assertThat(asks.error()).isEqualTo("no judge model can be called: no key");
    }
  }
}
