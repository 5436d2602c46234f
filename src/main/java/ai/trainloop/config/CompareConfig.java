package ai.trainloop.config;

import java.util.List;

/**
 * {@code benchmark.compare}: how a run is judged against a baseline.
 *
 * @param alpha significance level, Holm-corrected across everything compared (default 0.05)
 * @param regressionTolerance smallest drop in score that counts as a regression (default 0.02)
 * @param failOn which comparisons fail the run: score (Avg and each metric), tag_score (each tag's
 *     Avg), cost, latency (default [score])
 * @param costTolerance relative increase in cost per sample tolerated (default 0.20)
 * @param latencyTolerance relative increase in latency tolerated (default 0.20)
 */
public record CompareConfig(
    double alpha,
    double regressionTolerance,
    List<String> failOn,
    double costTolerance,
    double latencyTolerance) {
  public static final CompareConfig DEFAULT =
      new CompareConfig(0.05, 0.02, List.of("score"), 0.20, 0.20);
}
