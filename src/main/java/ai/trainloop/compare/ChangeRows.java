package ai.trainloop.compare;

import ai.trainloop.config.CompareConfig;
import ai.trainloop.results.ResultRow;
import ai.trainloop.stats.Descriptive;
import ai.trainloop.stats.PairedResult;
import ai.trainloop.stats.PairedTest;
import ai.trainloop.stats.RankTest;
import ai.trainloop.stats.RelativeChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes the rows of one model's comparison (before Holm) and judges them once the adjusted p-value
 * is known.
 */
public final class ChangeRows {
  public static final String AVG = "Avg";

  /** The name of a tag's row: {@code tag:<tag>}. */
  public static final String TAG_PREFIX = "tag:";

  /** How the name of a tag's row shows the untagged samples. */
  public static final String UNTAGGED = "(untagged)";

  static final String COST = "cost/sample";
  static final String LATENCY = "latency p50";
  static final String MANN_WHITNEY = "Mann-Whitney U";

  private final CompareConfig config;
  private final PairedTest pairedTest;
  private final RelativeChange relativeChange;

  ChangeRows(CompareConfig config, PairedTest pairedTest, RelativeChange relativeChange) {
    this.config = config;
    this.pairedTest = pairedTest;
    this.relativeChange = relativeChange;
  }

  /**
   * Avg, then each metric, then each tag when the paired samples have more than one, then cost per
   * sample and latency when both runs have some.
   */
  List<ChangeRow> rows(String modelId, ModelPairing pairing) {
    List<ChangeRow> rows = new ArrayList<>();
    rows.add(quality(modelId, AVG, ChangeKind.SCORE, pairing.score));
    for (Map.Entry<String, ModelPairing.Series> metric : pairing.metrics.entrySet()) {
      rows.add(quality(modelId, metric.getKey(), ChangeKind.METRIC, metric.getValue()));
    }
    if (pairing.tags.size() > 1) { // with one tag its row would repeat Avg
      for (Map.Entry<String, ModelPairing.Series> tag : pairing.tags.entrySet()) {
        rows.add(quality(modelId, tagRowName(tag.getKey()), ChangeKind.TAG_SCORE, tag.getValue()));
      }
    }
    if (!pairing.cost.current.isEmpty()) {
      rows.add(cost(modelId, pairing.cost));
    }
    if (!pairing.latency.current.isEmpty()) {
      rows.add(latency(modelId, pairing.latency));
    }
    return rows;
  }

  /** The name of {@code tag}'s row: {@code tag:<tag>}, {@code tag:(untagged)} for "". */
  public static String tagRowName(String tag) {
    return TAG_PREFIX + (tag.isEmpty() ? UNTAGGED : tag);
  }

  /** The single row of a baseline model with no results now. */
  ChangeRow coverageLost(String modelId, List<ResultRow> baselineRows) {
    double[] scores =
        baselineRows.stream()
            .filter(ResultRow::ok)
            .map(ResultRow::score)
            .filter(Objects::nonNull)
            .mapToDouble(Double::doubleValue)
            .toArray();
    return ChangeRow.builder()
        .modelId(modelId)
        .name(AVG)
        .kind(ChangeKind.SCORE)
        .baseline(Descriptive.mean(scores))
        .verdict(Verdict.COVERAGE_LOST)
        .gating(true)
        .build();
  }

  /** The row with its Holm-adjusted p-value and verdict. */
  ChangeRow judge(ChangeRow row, double adjusted) {
    if (row.n() == 0 || Double.isNaN(adjusted) || Double.isNaN(row.delta())) {
      return row.judged(adjusted, Verdict.NOT_COMPARED);
    }
    boolean significant = adjusted < config.alpha();
    double tolerance =
        switch (row.kind()) {
          case SCORE, METRIC, TAG_SCORE -> config.regressionTolerance();
          case COST -> config.costTolerance();
          case LATENCY -> config.latencyTolerance();
        };
    double worsening = row.kind().quality() ? -row.delta() : row.delta();
    if (significant && worsening > tolerance) {
      return row.judged(adjusted, Verdict.REGRESSED);
    }
    if (significant && -worsening > tolerance) {
      return row.judged(adjusted, Verdict.IMPROVED);
    }
    return row.judged(adjusted, Verdict.UNCHANGED);
  }

  private ChangeRow quality(
      String modelId, String name, ChangeKind kind, ModelPairing.Series series) {
    PairedResult r = pairedTest.compare(series.current(), series.baseline());
    return unjudged(modelId, name, kind)
        .n(r.n())
        .baseline(r.baselineMean())
        .current(r.currentMean())
        .delta(r.delta())
        .ci95(r.ci95())
        .pValue(r.pValue())
        .method(r.method())
        .build();
  }

  private ChangeRow cost(String modelId, ModelPairing.Series series) {
    double[] current = series.current();
    double[] baseline = series.baseline();
    PairedResult r = pairedTest.significance(current, baseline);
    return unjudged(modelId, COST, ChangeKind.COST)
        .n(r.n())
        .baseline(r.baselineMean())
        .current(r.currentMean())
        .delta(RelativeChange.ofMeans(current, baseline))
        .ci95(relativeChange.pairedMeansInterval(current, baseline))
        .pValue(r.pValue())
        .method(r.method())
        .build();
  }

  private ChangeRow latency(String modelId, ModelPairing.Series series) {
    double[] current = series.current();
    double[] baseline = series.baseline();
    RankTest.RankResult r = RankTest.test(current, baseline);
    return unjudged(modelId, LATENCY, ChangeKind.LATENCY)
        .n(Math.min(r.nCurrent(), r.nBaseline()))
        .baseline(r.baselineMedian())
        .current(r.currentMedian())
        .delta(RelativeChange.ofMedians(current, baseline))
        .ci95(relativeChange.mediansInterval(current, baseline))
        .pValue(r.pValue())
        .method(MANN_WHITNEY)
        .build();
  }

  /** A row before Holm's adjustment: unchanged until {@link #judge} says otherwise. */
  private ChangeRow.Builder unjudged(String modelId, String name, ChangeKind kind) {
    return ChangeRow.builder()
        .modelId(modelId)
        .name(name)
        .kind(kind)
        .verdict(Verdict.UNCHANGED)
        .gating(gating(kind));
  }

  private boolean gating(ChangeKind kind) {
    return config.failOn().contains(kind.failOnName());
  }
}
