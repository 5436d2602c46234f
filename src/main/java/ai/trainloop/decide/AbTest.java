package ai.trainloop.decide;

import ai.trainloop.stats.Holm;
import ai.trainloop.stats.Interval;
import ai.trainloop.stats.PairedResult;
import ai.trainloop.stats.PairedTest;
import java.util.ArrayList;
import java.util.List;

/**
 * The tutorial's A/B test: every model against the control on the samples both answered, with the
 * paired test used everywhere (McNemar's exact test for pass/fail scores, else a sign-flip
 * permutation test), Holm across the models tested, and the verdict {@code deploy} when the model
 * is better and significant at alpha, else {@code keep_current}.
 */
public final class AbTest {
  private final double alpha;
  private final PairedTest test;

  public AbTest(double alpha, PairedTest test) {
    this.alpha = alpha;
    this.test = test;
  }

  /**
   * @param control the control's id
   * @param models the models to test against it, in order (the control itself is left out)
   */
  public List<AbResult> run(CommonSamples answers, String control, List<String> models) {
    List<String> tested = models.stream().filter(m -> !m.equals(control)).toList();
    List<double[][]> pairs = new ArrayList<>();
    List<PairedResult> results = new ArrayList<>();
    for (String m : tested) {
      double[][] p = answers.paired(m, control);
      pairs.add(p);
      results.add(test.compare(p[0], p[1]));
    }
    double[] raw = results.stream().mapToDouble(PairedResult::pValue).toArray();
    double[] adjusted = Holm.adjust(raw);
    double[] levels = Holm.levels(raw, alpha);
    List<AbResult> out = new ArrayList<>();
    for (int k = 0; k < tested.size(); k++) {
      PairedResult r = results.get(k);
      boolean significant = adjusted[k] < alpha;
      Interval ci = test.interval(pairs.get(k)[0], pairs.get(k)[1], levels[k]);
      AbResult.Verdict verdict =
          significant && r.delta() > 0 ? AbResult.Verdict.DEPLOY : AbResult.Verdict.KEEP_CURRENT;
      out.add(
          new AbResult(
              tested.get(k), control, r, adjusted[k], ci, levels[k], significant, verdict));
    }
    return out;
  }
}
