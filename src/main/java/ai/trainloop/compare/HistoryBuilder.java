package ai.trainloop.compare;

import ai.trainloop.results.ReportFormatException;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.RunLocator;
import ai.trainloop.results.SavedRun;
import ai.trainloop.results.SavedRunReader;
import ai.trainloop.stats.Bootstrap;
import ai.trainloop.stats.PairedTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@code trainloop history}: reads every run's report.json in {@code
 * <data_folder>/benchmarks/} oldest first (by started_at, as {@link RunLocator#runs} orders them),
 * keeps the samples and models the query selects, and computes per run and model Avg with its
 * interval, cost, p95 latency and the change from the previous run of that model. Reports that
 * cannot be read are listed as skipped. Runs are read one at a time, so memory holds one report
 * plus one score per sample and model.
 */
public final class HistoryBuilder {
  private final PointMaker points;

  /** Arrows at significance level {@code alpha}, default seeds. */
  public HistoryBuilder(double alpha) {
    this(alpha, new Bootstrap(), new PairedTest());
  }

  public HistoryBuilder(double alpha, Bootstrap bootstrap, PairedTest pairedTest) {
    this.points = new PointMaker(alpha, bootstrap, pairedTest);
  }

  /** The history of the runs in {@code dataFolder}. */
  public History read(Path dataFolder, HistoryQuery query) {
    List<History.Skipped> skipped = new ArrayList<>();
    List<History.Run> runs = new ArrayList<>();
    Map<String, PointMaker.Previous> previous = new HashMap<>();
    for (RunLocator.Run found : RunLocator.runs(dataFolder)) {
      if (!found.readable()) {
        skipped.add(new History.Skipped(found.report().toString(), found.problem()));
        continue;
      }
      Path file = found.report();
      SavedRun report;
      try {
        report = SavedRunReader.read(file);
      } catch (ReportFormatException e) {
        skipped.add(new History.Skipped(file.toString(), e.getMessage()));
        continue;
      }
      run(report, query, previous).ifPresent(runs::add);
    }
    return new History(query, points.alpha(), lastN(runs, query), skipped);
  }

  /** The history of reports already read, oldest first. */
  public History build(List<SavedRun> reports, HistoryQuery query) {
    List<History.Run> runs = new ArrayList<>();
    Map<String, PointMaker.Previous> previous = new HashMap<>();
    reports.forEach(r -> run(r, query, previous).ifPresent(runs::add));
    return new History(query, points.alpha(), lastN(runs, query), List.of());
  }

  private Optional<History.Run> run(
      SavedRun report, HistoryQuery query, Map<String, PointMaker.Previous> previous) {
    Map<String, List<ResultRow>> byModel = new LinkedHashMap<>();
    for (ResultRow row : report.results()) {
      if (query.wantsModel(row.modelId()) && query.wantsTag(row.tag())) {
        byModel.computeIfAbsent(row.modelId(), k -> new ArrayList<>()).add(row);
      }
    }
    if (byModel.isEmpty()) {
      return Optional.empty();
    }
    List<History.Point> models = new ArrayList<>();
    byModel.forEach(
        (model, rows) ->
            models.add(points.point(report.runId(), model, rows, report.reducer(), previous)));
    return Optional.of(
        new History.Run(report.runId(), report.startedAt(), report.complete(), models));
  }

  private static List<History.Run> lastN(List<History.Run> runs, HistoryQuery query) {
    if (query.last() == null || runs.size() <= query.last()) {
      return runs;
    }
    return runs.subList(runs.size() - query.last(), runs.size());
  }
}
