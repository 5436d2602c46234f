package ai.trainloop.compare;

import ai.trainloop.stats.PairedResult;

/**
 * Two models of one run compared on the samples both answered ({@code --detailed}, report.json
 * {@code comparisons[]}).
 *
 * @param modelA first model (the "current" side of {@code result}: delta = A − B)
 * @param modelB second model
 * @param result difference in Avg, its 95% interval and the raw p-value
 * @param pAdjusted p-value Holm-adjusted across all pairs of the run
 * @param significant {@code pAdjusted < alpha}
 * @param conclusion "no significant difference", or which model is better and by how much
 */
public record PairComparison(
    String modelA,
    String modelB,
    PairedResult result,
    double pAdjusted,
    boolean significant,
    String conclusion) {

  /** Text when the data do not show a difference. */
  public static final String NO_DIFFERENCE = "no significant difference";
}
