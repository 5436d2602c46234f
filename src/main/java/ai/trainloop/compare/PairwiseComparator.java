package ai.trainloop.compare;

import ai.trainloop.results.ResultRow;
import ai.trainloop.stats.Holm;
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
 * across the pairs. Works on the rows of results.jsonl or of report.json's {@code results[]}.
 */
public final class PairwiseComparator {
  private final double alpha;
  private final PairedTest test;

  /** Compares at significance level {@code alpha} with the default seeded test. */
  public PairwiseComparator(double alpha) {
    this(alpha, new PairedTest());
  }

  public PairwiseComparator(double alpha, PairedTest test) {
    this.alpha = alpha;
    this.test = test;
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
    for (ResultRow row : rows) {
      if (row.ok() && row.score() != null) {
        scores
            .computeIfAbsent(row.modelId(), k -> new LinkedHashMap<>())
            .putIfAbsent(row.sampleId(), row.score());
      }
    }
    List<String[]> pairs = new ArrayList<>();
    List<PairedResult> results = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      for (int j = i + 1; j < models.size(); j++) {
        pairs.add(new String[] {models.get(i), models.get(j)});
        results.add(
            pair(
                scores.getOrDefault(models.get(i), Map.of()),
                scores.getOrDefault(models.get(j), Map.of())));
      }
    }
    double[] adjusted = Holm.adjust(results.stream().mapToDouble(PairedResult::pValue).toArray());
    List<PairComparison> comparisons = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      String a = pairs.get(k)[0];
      String b = pairs.get(k)[1];
      PairedResult r = results.get(k);
      boolean significant = adjusted[k] < alpha;
      comparisons.add(
          new PairComparison(a, b, r, adjusted[k], significant, conclusion(a, b, r, significant)));
    }
    return comparisons;
  }

  private PairedResult pair(Map<String, Double> a, Map<String, Double> b) {
    List<String> common = a.keySet().stream().filter(b::containsKey).toList();
    double[] first = common.stream().mapToDouble(a::get).toArray();
    double[] second = common.stream().mapToDouble(b::get).toArray();
    return test.compare(first, second);
  }

  private static String conclusion(String a, String b, PairedResult r, boolean significant) {
    if (!r.compared()) {
      return "not compared: no sample answered by both";
    }
    if (!significant) {
      return PairComparison.NO_DIFFERENCE;
    }
    return String.format(
        Locale.ROOT, "%s better by %.3f", r.delta() > 0 ? a : b, Math.abs(r.delta()));
  }
}
