package ai.trainloop.decide;

import ai.trainloop.stats.Interval;
import ai.trainloop.stats.PairedResult;

/**
 * One model tested against the control (the tutorial's A/B test), on the samples both answered.
 *
 * @param modelId the model tested
 * @param controlId the control (production) model
 * @param result test score (current), control score (baseline), improvement (delta), its unadjusted
 *     95% interval and the raw p-value
 * @param pAdjusted p Holm-adjusted across every model tested against the control; NaN when not
 *     compared
 * @param adjusted the improvement's Holm-consistent interval (at {@code level}), the one printed
 *     beside {@code pAdjusted}
 * @param level the confidence level of {@code adjusted}
 * @param significant {@code pAdjusted < alpha}
 * @param verdict {@code deploy} when better and significant, else {@code keep_current}
 */
public record AbResult(
    String modelId,
    String controlId,
    PairedResult result,
    double pAdjusted,
    Interval adjusted,
    double level,
    boolean significant,
    Verdict verdict) {

  /** The tutorial's two answers. */
  public enum Verdict {
    DEPLOY("deploy"),
    KEEP_CURRENT("keep_current");

    private final String json;

    Verdict(String json) {
      this.json = json;
    }

    /** As report.json and the table write it. */
    public String json() {
      return json;
    }
  }

  /**
   * Whether the test does not reject but the interval printed beside its p excludes 0: the paired
   * bootstrap and the exact test disagree at the edge (as with few samples). The verdict follows
   * the test ({@code keep_current}); the table says the two disagree rather than show a clear
   * interval beside "not significant".
   */
  public boolean inconclusive() {
    return !significant && adjusted.excludesZero();
  }

  /** Whether the test model is significantly worse than the control. */
  public boolean significantlyWorse() {
    return significant && result.delta() < 0;
  }
}
