package ai.trainloop.compare;

import ai.trainloop.config.RepeatReducer;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.SampleRows;
import ai.trainloop.stats.Bootstrap;
import ai.trainloop.stats.Descriptive;
import ai.trainloop.stats.PairedResult;
import ai.trainloop.stats.PairedTest;
import ai.trainloop.stats.RankTest;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Computes one history point (a model in a run) and its change from the model's previous run. */
final class PointMaker {
  /** What is kept of a model's previous run: its scores by sample id. */
  record Previous(String runId, Map<String, Double> scores) {}

  private final double alpha;
  private final Bootstrap bootstrap;
  private final PairedTest pairedTest;

  PointMaker(double alpha, Bootstrap bootstrap, PairedTest pairedTest) {
    this.alpha = alpha;
    this.bootstrap = bootstrap;
    this.pairedTest = pairedTest;
  }

  double alpha() {
    return alpha;
  }

  /**
   * The point of {@code model}'s {@code rows} (every call) in run {@code runId}: scores per sample,
   * its repeats reduced by {@code reducer}; errors, cost and latency over every call.
   */
  History.Point point(
      String runId,
      String model,
      List<ResultRow> rows,
      RepeatReducer reducer,
      Map<String, Previous> previous) {
    Map<String, Double> scores = new LinkedHashMap<>();
    SampleRows.fold(rows, reducer).stream()
        .filter(r -> r.ok() && r.score() != null)
        .forEach(r -> scores.putIfAbsent(r.sampleId(), r.score()));
    double[] values = scores.values().stream().mapToDouble(Double::doubleValue).toArray();
    int errors = (int) rows.stream().filter(r -> !r.ok()).count();
    // without trailing zeros, so that a cost prints the same however its report wrote it
    List<BigDecimal> costs =
        rows.stream()
            .map(ResultRow::costUsd)
            .filter(Objects::nonNull)
            .map(BigDecimal::stripTrailingZeros)
            .toList();
    BigDecimal cost =
        costs.isEmpty() ? null : costs.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal perSample =
        cost == null || values.length == 0
            ? null
            : cost.divide(BigDecimal.valueOf(values.length), MathContext.DECIMAL64);
    double[] latencies =
        rows.stream()
            .filter(r -> r.ok() && r.latencyMs() != null)
            .mapToDouble(r -> r.latencyMs().doubleValue())
            .toArray();
    History.Change change = values.length == 0 ? null : change(previous.get(model), scores);
    if (values.length > 0) {
      previous.put(model, new Previous(runId, scores));
    }
    return new History.Point(
        model,
        values.length,
        errors,
        Descriptive.mean(values),
        bootstrap.meanInterval(values),
        cost,
        perSample,
        Descriptive.percentile(latencies, 0.95),
        change);
  }

  /**
   * Paired on the samples both runs scored when there are some; otherwise a rank test of the two
   * sets of scores.
   */
  private History.Change change(Previous before, Map<String, Double> now) {
    if (before == null) {
      return null;
    }
    List<String> common = now.keySet().stream().filter(before.scores()::containsKey).toList();
    if (!common.isEmpty()) {
      double[] current = common.stream().mapToDouble(now::get).toArray();
      double[] baseline = common.stream().mapToDouble(before.scores()::get).toArray();
      PairedResult r = pairedTest.significance(current, baseline);
      return new History.Change(
          before.runId(), r.delta(), r.pValue(), r.method(), r.n(), r.pValue() < alpha);
    }
    double[] current = now.values().stream().mapToDouble(Double::doubleValue).toArray();
    double[] baseline =
        before.scores().values().stream().mapToDouble(Double::doubleValue).toArray();
    RankTest.RankResult r = RankTest.test(current, baseline);
    double delta = Descriptive.mean(current) - Descriptive.mean(baseline);
    return new History.Change(
        before.runId(), delta, r.pValue(), "Mann-Whitney U", 0, r.pValue() < alpha);
  }
}
