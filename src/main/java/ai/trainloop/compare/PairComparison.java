package ai.trainloop.compare;

import ai.trainloop.stats.Interval;
import ai.trainloop.stats.PairedResult;

/**
 * Two models of one run compared on the samples both answered ({@code --detailed}, report.json
 * {@code comparisons[]}).
 *
 * @param modelA first model (the "current" side of {@code result}: delta = A − B)
 * @param modelB second model
 * @param result difference in Avg, its 95% interval and the raw p-value
 * @param pAdjusted p-value Holm-adjusted across all pairs of the run
 * @param adjusted the Holm-consistent interval of delta, printed beside {@code pAdjusted} ({@link
 *     ai.trainloop.stats.Holm#levels}); {@code result.ci95()} is the unadjusted 95% one
 * @param level the confidence level of {@code adjusted}
 * @param significant {@code pAdjusted < alpha}
 * @param conclusion "no significant difference", or which model is better and by how much
 */
public record PairComparison(
    String modelA,
    String modelB,
    PairedResult result,
    double pAdjusted,
    Interval adjusted,
    double level,
    boolean significant,
    String conclusion) {

  /**
   * Text when the test does not reject but the adjusted interval excludes 0 (the bootstrap interval
   * and the exact test disagree at the edge): never "no significant difference" beside it.
   */
  public static final String BORDERLINE = "inconclusive: test and interval disagree";

  /** Text when the data do not show a difference. */
  public static final String NO_DIFFERENCE = "no significant difference";
}
