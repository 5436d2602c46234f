package ai.trainloop.aggregate;

import ai.trainloop.eval.Judgement;
import ai.trainloop.stats.FleissKappa;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How far the judge agrees with itself: with two or more judge models, the share of judgements on
 * which they all give the same verdict and Fleiss' kappa (the models are the raters); with one
 * model asked k &gt; 1 times, its self-consistency (the k calls are the raters). Judgements where a
 * rater has no verdict are left out. Also each judge model's contradiction rate: the share of its
 * claim pairs whose two answers agreed (both true or both false); and its position-bias rate: the
 * share of its pairwise order pairs whose two answers followed the position (A both times, or B).
 */
public final class JudgeAgreement {
  /** A judge that contradicts itself on more than this share of its pairs is named in a warning. */
  public static final double CONTRADICTION_WARNING = 0.20;

  /**
   * Agreement over some judgements.
   *
   * @param basis {@code models} (across judge models) or {@code self} (one model's repeated calls)
   * @param judgements judgements counted (every rater gave a verdict)
   * @param percent share on which every rater agreed, 0..100; null when none counted
   * @param kappa Fleiss' kappa; null when none counted or undefined
   */
  public record Figures(String basis, long judgements, Double percent, Double kappa) {}

  /**
   * @param overall over every judgement
   * @param perMetric per metric name, sorted
   * @param contradictions judge model id to the share of its claim pairs that contradicted
   * @param positionBias judge model id to the share of its pairwise order pairs that followed the
   *     position of the replies rather than their content
   */
  public record Result(
      Figures overall,
      Map<String, Figures> perMetric,
      Map<String, Double> contradictions,
      Map<String, Double> positionBias) {}

  private JudgeAgreement() {}

  /** The figures of a run's judgements; {@code judges} in config order, {@code k} calls each. */
  public static Result of(List<Judgement> judgements, List<String> judges, int k) {
    String basis = judges.size() >= 2 ? "models" : k > 1 ? "self" : null;
    Map<String, List<Judgement>> byMetric = new TreeMap<>();
    judgements.forEach(j -> byMetric.computeIfAbsent(j.metric(), m -> new ArrayList<>()).add(j));
    Map<String, Figures> perMetric = new LinkedHashMap<>();
    byMetric.forEach((m, js) -> perMetric.put(m, figures(js, judges, basis)));
    return new Result(
        figures(judgements, judges, basis),
        Collections.unmodifiableMap(perMetric),
        rates(judgements, judges, "claim"),
        rates(judgements, judges, "pairwise"));
  }

  /**
   * The warning lines: one per judge that contradicted itself too often, on claims or on the order
   * of a pairwise comparison.
   */
  public static List<String> warnings(Result r) {
    List<String> out = new ArrayList<>();
    warn(
        r.positionBias(),
        "judge %s followed the position of the replies on %.0f%% of its order pairs (preferred the"
            + " first both times, or the second both times): those pairs were counted as ties; its"
            + " pairwise verdicts are unreliable",
        out);
    warn(
        r.contradictions(),
        "judge %s contradicted itself on %.0f%% of its claim pairs (called both claims true, or"
            + " both false): those pairs were dropped; its verdicts are unreliable",
        out);
    return out;
  }

  /** One line of {@code format} (judge, percent) per judge whose rate passes the warning share. */
  private static void warn(Map<String, Double> rates, String format, List<String> out) {
    rates.forEach(
        (judge, rate) -> {
          if (rate > CONTRADICTION_WARNING) {
            out.add(String.format(java.util.Locale.ROOT, format, judge, rate * 100));
          }
        });
  }

  private static Figures figures(List<Judgement> js, List<String> judges, String basis) {
    if (basis == null) {
      return new Figures(null, 0, null, null);
    }
    List<List<String>> subjects = new ArrayList<>();
    for (Judgement j : js) {
      List<String> ratings = new ArrayList<>();
      if ("models".equals(basis)) {
        for (String judge : judges) {
          Judgement.Votes v = j.votes().get(judge);
          ratings.add(v == null ? null : v.rating());
        }
      } else {
        Judgement.Votes v = j.votes().get(judges.get(0));
        if (v != null) {
          ratings.addAll(v.repeats());
        }
      }
      if (ratings.size() >= 2 && !ratings.contains(null)) {
        subjects.add(ratings);
      }
    }
    TreeSet<String> categories = new TreeSet<>();
    subjects.forEach(categories::addAll);
    List<String> order = List.copyOf(categories);
    Map<Integer, List<int[]>> bySize = new TreeMap<>();
    for (List<String> s : subjects) {
      int[] row = new int[order.size()];
      s.forEach(c -> row[order.indexOf(c)]++);
      bySize.computeIfAbsent(s.size(), n -> new ArrayList<>()).add(row);
    }
    // one group of equal rater counts (they differ only when a judge answered fewer times)
    List<int[]> rows =
        bySize.values().stream()
            .max((a, b) -> Integer.compare(a.size(), b.size()))
            .orElse(List.of());
    if (rows.isEmpty()) {
      return new Figures(basis, 0, null, null);
    }
    double kappa = FleissKappa.of(rows);
    return new Figures(
        basis, rows.size(), FleissKappa.unanimous(rows) * 100, Double.isNaN(kappa) ? null : kappa);
  }

  /** Per judge, the share of its pairs of judgements of {@code kind} that contradicted. */
  private static Map<String, Double> rates(List<Judgement> js, List<String> judges, String kind) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String judge : judges) {
      long dropped = 0;
      long decided = 0;
      for (Judgement j : js) {
        Judgement.Votes v = j.votes().get(judge);
        if (v != null && kind.equals(j.kind())) {
          dropped += v.contradictions();
          decided += v.decided();
        }
      }
      if (decided > 0) {
        out.put(judge, (double) dropped / decided);
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
