package ai.trainloop.compare;

import ai.trainloop.config.RepeatReducer;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.SampleRows;
import ai.trainloop.stats.Holm;
import ai.trainloop.stats.Interval;
import ai.trainloop.stats.PairedResult;
import ai.trainloop.stats.PairedTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Within-run comparison of every pair of models: the difference in Avg on the samples both answered
 * (successful call, a score on both sides), its 95% paired-bootstrap interval and a paired p-value
 * (McNemar's exact test for pass/fail scores, else a sign-flip permutation test), Holm-corrected
 * across the pairs, with each difference's interval at the Holm-consistent level of its step
 * ({@link Holm#levels}) so that the interval printed beside the adjusted p agrees with it. Works on
 * the rows of results.jsonl or of report.json's {@code results[]}; the repeats of a sample are
 * first reduced to its one score ({@link SampleRows}), so a sample is one pair however many times
 * it was called.
 */
public final class PairwiseComparator {
  private final double alpha;
  private final PairedTest test;
  private final RepeatReducer reducer;

  /**
   * Compares at significance level {@code alpha} with the default seeded test, repeats reduced by
   * their mean.
   */
  public PairwiseComparator(double alpha) {
    this(alpha, new PairedTest(), RepeatReducer.MEAN);
  }

  /** Compares at {@code alpha}, each sample's repeats reduced by {@code reducer}. */
  public PairwiseComparator(double alpha, RepeatReducer reducer) {
    this(alpha, new PairedTest(), reducer);
  }

  public PairwiseComparator(double alpha, PairedTest test) {
    this(alpha, test, RepeatReducer.MEAN);
  }

  public PairwiseComparator(double alpha, PairedTest test, RepeatReducer reducer) {
    this.alpha = alpha;
    this.test = test;
    this.reducer = reducer;
  }

  /** Every pair of the models found in {@code rows}, in first-seen order. */
  public List<PairComparison> compare(List<ResultRow> rows) {
    Set<String> models = new LinkedHashSet<>();
    rows.forEach(r -> models.add(r.modelId()));
    return compare(rows, List.copyOf(models));
  }

  /** Every pair of {@code models} (in that order: A is the earlier one). */
  public List<PairComparison> compare(List<ResultRow> rows, List<String> models) {
    Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
    for (ResultRow row : SampleRows.fold(rows, reducer)) {
      if (row.ok() && row.score() != null) {
        scores
            .computeIfAbsent(row.modelId(), k -> new LinkedHashMap<>())
            .put(row.sampleId(), row.score());
      }
    }
    List<String[]> pairs = new ArrayList<>();
    List<double[][]> paired = new ArrayList<>();
    List<PairedResult> results = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      for (int j = i + 1; j < models.size(); j++) {
        pairs.add(new String[] {models.get(i), models.get(j)});
        double[][] p =
            pair(
                scores.getOrDefault(models.get(i), Map.of()),
                scores.getOrDefault(models.get(j), Map.of()));
        paired.add(p);
        results.add(test.compare(p[0], p[1]));
      }
    }
    double[] raw = results.stream().mapToDouble(PairedResult::pValue).toArray();
    double[] adjusted = Holm.adjust(raw);
    double[] levels = Holm.levels(raw, alpha);
    List<PairComparison> comparisons = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      String a = pairs.get(k)[0];
      String b = pairs.get(k)[1];
      PairedResult r = results.get(k);
      boolean significant = adjusted[k] < alpha;
      Interval ci = test.interval(paired.get(k)[0], paired.get(k)[1], levels[k]);
      comparisons.add(
          new PairComparison(
              a,
              b,
              r,
              adjusted[k],
              ci,
              levels[k],
              significant,
              conclusion(a, b, r, ci, significant)));
    }
    return comparisons;
  }

  private static double[][] pair(Map<String, Double> a, Map<String, Double> b) {
    List<String> common = a.keySet().stream().filter(b::containsKey).toList();
    double[] first = common.stream().mapToDouble(a::get).toArray();
    double[] second = common.stream().mapToDouble(b::get).toArray();
    return new double[][] {first, second};
  }

  private static String conclusion(
      String a, String b, PairedResult r, Interval adjusted, boolean significant) {
    if (!r.compared()) {
      return "not compared: no sample answered by both";
    }
    if (!significant) {
      return adjusted.excludesZero() ? PairComparison.BORDERLINE : PairComparison.NO_DIFFERENCE;
    }
    return String.format(
        Locale.ROOT, "%s better by %.3f", r.delta() > 0 ? a : b, Math.abs(r.delta()));
  }
}
