package ai.trainloop.eval;

import ai.trainloop.config.JudgeConfig;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.eval.JudgeClient.JudgeQuery;
import ai.trainloop.eval.JudgeClient.JudgeReply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@link Judge} of one evaluation (one metric on one sample): asks every judge model k times
 * per question through the run's {@link JudgeClient}, votes, tells the {@link JudgeSink} each
 * judgement, and keeps a reason for the results.
 */
final class PanelJudge implements Judge {
  private static final int REASON_EXCERPT = 240;

  private final JudgeConfig config;
  private final JudgeClient client;
  private final JudgeSink sink;
  private final String metric;
  private final Sample sample;
  private final int repeat;
  private final List<String> reasons = new ArrayList<>();

  /**
   * @param repeat which repeat of its (sample, model) pair the judged reply is, from 0: each of its
   *     questions' calls is numbered apart from the other repeats' ({@link JudgeQuery#repeat()})
   */
  PanelJudge(
      JudgeConfig config,
      JudgeClient client,
      JudgeSink sink,
      String metric,
      Sample sample,
      int repeat) {
    this.repeat = repeat;
    this.config = config;
    this.client = client;
    this.sink = sink;
    this.metric = metric;
    this.sample = sample;
  }

  @Override
  public int assertTrue(String yesClaim, String noClaim) {
    List<String> prompts = new ArrayList<>();
    prompts.add(JudgePrompts.claim(config, yesClaim));
    prompts.add(JudgePrompts.claim(config, noClaim));
    Answers a = ask(prompts);
    Map<String, List<List<Boolean>>> verdicts = new LinkedHashMap<>();
    Map<String, Judgement.Votes> votes = new LinkedHashMap<>();
    a.byJudge.forEach(
        (judge, lists) -> {
          List<Boolean> yes = lists.get(0).stream().map(Verdicts::claim).toList();
          List<Boolean> no = lists.get(1).stream().map(Verdicts::claim).toList();
          verdicts.put(judge, List.of(yes, no));
          ClaimVotes.Tally own = ClaimVotes.one(yes, no);
          int decided = 0;
          for (int i = 0; i < yes.size(); i++) {
            decided += yes.get(i) != null && no.get(i) != null ? 1 : 0;
          }
          String rating = !own.decided() ? null : own.value() == 1 ? "pass" : "fail";
          votes.put(
              judge,
              new Judgement.Votes(rating, ClaimVotes.perPair(yes, no), own.dropped(), decided));
        });
    ClaimVotes.Tally t = ClaimVotes.tally(verdicts);
    sink.judged(new Judgement(metric, sample.id(), sample.model(), "claim", votes));
    String counts =
        String.format(
            Locale.ROOT,
            "yes-claim true in %d, no-claim true in %d of %d answers each%s%s",
            t.yesTrue(),
            t.noTrue(),
            a.perPrompt,
            t.dropped() == 0 ? "" : "; " + t.dropped() + " contradictory pairs dropped",
            a.missing(t.abstained()));
    if (!t.decided()) {
      throw a.undecided(counts);
    }
    reasons.add("judge " + t.value() + " (" + counts + ")" + a.excerpt());
    return t.value();
  }

  @Override
  public double grade(String rubric) {
    Answers a = ask(List.of(JudgePrompts.rubric(rubric)));
    Map<String, Judgement.Votes> votes = new LinkedHashMap<>();
    List<Integer> all = new ArrayList<>();
    a.byJudge.forEach(
        (judge, lists) -> {
          List<Integer> grades =
              lists.get(0).stream().map(x -> Verdicts.grade(x, JudgePrompts.MAX_GRADE)).toList();
          List<Integer> given = grades.stream().filter(g -> g != null).toList();
          all.addAll(given);
          String rating =
              given.isEmpty()
                  ? null
                  : Long.toString(
                      Math.round(given.stream().mapToInt(Integer::intValue).average().orElse(0)));
          votes.put(
              judge,
              new Judgement.Votes(
                  rating,
                  grades.stream().map(g -> g == null ? null : g.toString()).toList(),
                  0,
                  given.size()));
        });
    sink.judged(new Judgement(metric, sample.id(), sample.model(), "rubric", votes));
    String counts =
        all.size() + " of " + a.total + " answers graded" + a.missing(a.total - all.size());
    if (all.isEmpty()) {
      throw a.undecided(counts);
    }
    double mean = all.stream().mapToInt(Integer::intValue).average().orElseThrow();
    reasons.add(
        String.format(
                Locale.ROOT, "mean grade %.2f of %d (%s)", mean, JudgePrompts.MAX_GRADE, counts)
            + a.excerpt());
    return (mean - 1) / (JudgePrompts.MAX_GRADE - 1);
  }

  /**
   * The i-th answer of each judge model in one order is paired with its i-th in the other: a pair
   * scores the mean of its two outcomes (win 1, tie 0.5, loss 0, the reply being A in the first
   * order and B in the second), so a pair whose answers follow the position (A both times, or B
   * both times) is a tie and is counted as order-inconsistent. A pair with an abstained or failed
   * answer is left out: one order alone would not cancel the position bias.
   */
  @Override
  public double compare(String question, String prompt, String reply, String other) {
    Answers a =
        ask(
            List.of(
                JudgePrompts.pairwise(question, prompt, reply, other),
                JudgePrompts.pairwise(question, prompt, other, reply)));
    Map<String, Judgement.Votes> votes = new LinkedHashMap<>();
    List<Double> all = new ArrayList<>();
    int[] inconsistent = {0};
    int[] undecided = {0};
    a.byJudge.forEach(
        (judge, lists) -> {
          List<String> repeats = new ArrayList<>();
          List<Double> given = new ArrayList<>();
          int own = 0;
          for (int i = 0; i < lists.get(0).size(); i++) {
            Double first = outcome(Verdicts.choice(lists.get(0).get(i)), "a");
            Double second = outcome(Verdicts.choice(lists.get(1).get(i)), "b");
            if (first == null || second == null) {
              undecided[0] += (first == null ? 1 : 0) + (second == null ? 1 : 0);
              repeats.add(null);
              continue;
            }
            if (Math.abs(first - second) == 1.0) {
              own++;
            }
            double pair = (first + second) / 2;
            given.add(pair);
            repeats.add(outcomeName(pair));
          }
          inconsistent[0] += own;
          all.addAll(given);
          double mean = given.stream().mapToDouble(Double::doubleValue).average().orElse(0.5);
          votes.put(
              judge,
              new Judgement.Votes(
                  given.isEmpty() ? null : outcomeName(mean), repeats, own, given.size()));
        });
    sink.judged(new Judgement(metric, sample.id(), sample.model(), "pairwise", votes));
    int pairs = a.perPrompt;
    String counts =
        all.size()
            + " of "
            + pairs
            + " order pairs decided"
            + (inconsistent[0] == 0
                ? ""
                : "; " + inconsistent[0] + " order-inconsistent, counted as ties")
            + a.missing(undecided[0]);
    if (all.isEmpty()) {
      throw a.undecided(counts);
    }
    double mean = all.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    reasons.add(String.format(Locale.ROOT, "won %.2f (%s)", mean, counts) + a.excerpt());
    return mean;
  }

  /** The reasons of every question asked so far, or null when none was. */
  String reason() {
    return reasons.isEmpty() ? null : String.join("; ", reasons);
  }

  /** 1 when {@code choice} names the reply's position, 0 the other's, 0.5 a tie; null abstains. */
  private static Double outcome(String choice, String replyPosition) {
    if (choice == null) {
      return null;
    }
    return "tie".equals(choice) ? 0.5 : choice.equals(replyPosition) ? 1.0 : 0.0;
  }

  private static String outcomeName(double o) {
    return o > 0.5 ? "win" : o < 0.5 ? "loss" : "tie";
  }

  /** Asks each prompt k times of every judge model, in one batch. */
  private Answers ask(List<String> prompts) {
    int k = config.callsPerModelPerClaim();
    List<JudgeQuery> queries = new ArrayList<>();
    for (ProviderEntry judge : config.models()) {
      for (String prompt : prompts) {
        for (int i = 0; i < k; i++) {
          queries.add(
              new JudgeQuery(
                  judge.id(), prompt, sample.id(), sample.model(), metric, repeat * k + i));
        }
      }
    }
    List<JudgeReply> replies = client.ask(queries);
    return new Answers(config.models(), prompts.size(), k, replies);
  }

  /** The replies grouped by judge model and prompt, abstentions and failures counted. */
  private static final class Answers {
    final Map<String, List<List<String>>> byJudge = new LinkedHashMap<>();
    final int perPrompt;
    final int total;
    int failed;
    String firstFailure;
    String firstAnswer;

    Answers(List<ProviderEntry> judges, int prompts, int k, List<JudgeReply> replies) {
      this.perPrompt = judges.size() * k;
      this.total = replies.size();
      int next = 0;
      for (ProviderEntry judge : judges) {
        List<List<String>> lists = new ArrayList<>();
        for (int p = 0; p < prompts; p++) {
          List<String> texts = new ArrayList<>();
          for (int i = 0; i < k; i++) {
            JudgeReply r = replies.get(next++);
            if (!r.ok()) {
              failed++;
              firstFailure = firstFailure == null ? judge.id() + ": " + r.error() : firstFailure;
            } else if (firstAnswer == null) {
              firstAnswer = judge.id() + ": " + Verdicts.reasoning(r.text(), REASON_EXCERPT);
            }
            texts.add(r.ok() ? r.text() : null);
          }
          lists.add(texts);
        }
        byJudge.put(judge.id(), lists);
      }
    }

    String missing(int abstainedOrFailed) {
      int abstained = Math.max(0, abstainedOrFailed - failed);
      return (abstained == 0 ? "" : "; " + abstained + " abstained")
          + (failed == 0 ? "" : "; " + failed + " failed");
    }

    String excerpt() {
      return firstAnswer == null ? "" : "; " + firstAnswer;
    }

    JudgeException undecided(String counts) {
      return new JudgeException(
          "every judge answer abstained or failed ("
              + counts
              + ")"
              + (firstFailure == null ? "" : "; first failure: " + firstFailure));
    }
  }
}
