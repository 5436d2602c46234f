package ai.trainloop.cli;

import ai.trainloop.aggregate.Intervals;
import ai.trainloop.aggregate.RunAggregator;
import ai.trainloop.compare.BaselineComparator;
import ai.trainloop.compare.Comparison;
import ai.trainloop.compare.PairComparison;
import ai.trainloop.compare.PairwiseComparator;
import ai.trainloop.decide.CommonSamples;
import ai.trainloop.decide.Selection;
import ai.trainloop.render.ComparisonJson;
import ai.trainloop.render.ComparisonRenderer;
import ai.trainloop.render.JUnitXmlWriter;
import ai.trainloop.render.MetricWarnings;
import ai.trainloop.render.PairwiseRenderer;
import ai.trainloop.render.SelectionJson;
import ai.trainloop.render.TextTable;
import ai.trainloop.results.ConfigSummary;
import ai.trainloop.results.FileProblem;
import ai.trainloop.results.ModelState;
import ai.trainloop.results.ModelStatus;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ReportExtras;
import ai.trainloop.results.ReportWriter;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.ResultsJsonlReader;
import ai.trainloop.results.ResultsJsonlWriter;
import ai.trainloop.results.RunInfo;
import ai.trainloop.results.SampleCounts;
import ai.trainloop.results.SavedRun;
import ai.trainloop.results.SavedRunReader;
import ai.trainloop.results.StudioCompatWriter;
import ai.trainloop.results.StudioRun;
import ai.trainloop.run.RunSummary;
import ai.trainloop.studio.HtmlReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end of a run: each model's status, the aggregates, gates and decision matrix, the exit code,
 * and every rendering (report.json, its --output copy, TrainLoop Studio's files, tables or JSON on
 * stdout).
 */
final class RunReport {
  private final CliContext ctx;
  private final BenchmarkOptions options;
  private final Setup setup;
  private final List<PlannedModel> models;
  private final RunFolder folder;
  private final Instant startedAt;
  private final int maxConcurrent;
  private final SavedRun baseline;
  private final OutputPaths outputs;
  private final DroppedParams dropped;
  private boolean htmlWritten;

  /**
   * @param baseline the --compare-with report, or null
   * @param outputs the optional outputs, checked before the run
   * @param dropped the recorded fields each model's calls left out
   */
  RunReport(
      CliContext ctx,
      BenchmarkOptions options,
      Setup setup,
      List<PlannedModel> models,
      RunFolder folder,
      Instant startedAt,
      int maxConcurrent,
      SavedRun baseline,
      OutputPaths outputs,
      DroppedParams dropped) {
    this.dropped = dropped;
    this.ctx = ctx;
    this.options = options;
    this.setup = setup;
    this.models = models;
    this.folder = folder;
    this.startedAt = startedAt;
    this.maxConcurrent = maxConcurrent;
    this.baseline = baseline;
    this.outputs = outputs;
  }

  /**
   * @param forced the outcome when something outside the run decided it (a signal, a metric's
   *     exit), or null
   */
  int finish(RunAggregator aggregator, RunSummary run, FailureTracker failures, Outcome forced)
      throws Exception {
    List<ModelSummary> summaries = aggregator.summaries(statuses(aggregator, run, failures));
    Path results = folder.dir().resolve(ResultsJsonlWriter.FILE_NAME);
    CommonSamples answers = new CommonSamples();
    if (setup.priorities() != null) {
      ResultsJsonlReader.forEach(results, answers::add);
    }
    Selection selection = Selections.evaluate(summaries, setup, answers);
    Intervals.Computed intervals = Intervals.read(results).compute();
    Map<String, Object> perModel = Selections.perModel(selection, intervals);
    dropped.mergeInto(perModel);
    List<PairComparison> pairs = options.detailedTables() ? pairwise(results) : List.of();
    Object recommendation = SelectionJson.recommendation(selection);
    Object comparisons = PairwiseRenderer.toJson(pairs);
    Outcome outcome =
        forced != null
            ? forced
            : Outcome.decide(run, summaries, selection, options.failOnGate, null);
    write(run, summaries, outcome, new ReportExtras(recommendation, comparisons, null, perModel));
    // read back once, for the comparison and the JUnit file, only when one of them is wanted
    SavedRun current =
        baseline != null || options.junit != null ? SavedRunReader.read(folder.report()) : null;
    Comparison comparison = null;
    if (baseline != null) {
      comparison =
          new BaselineComparator(setup.config().benchmark().compare()).compare(current, baseline);
      outcome =
          forced != null
              ? forced
              : Outcome.decide(run, summaries, selection, options.failOnGate, comparison);
      write(
          run,
          summaries,
          outcome,
          new ReportExtras(
              recommendation, comparisons, ComparisonJson.toJson(comparison), perModel));
    }
    if (options.format == OutputFormat.json) {
      ctx.out().println(Files.readString(folder.report()));
    } else {
      Selections.render(
          summaries,
          selection,
          intervals,
          setup.config().benchmark(),
          options,
          ctx,
          run.stopReason());
      TextTable.Style style =
          Selections.ascii(options, ctx) ? TextTable.Style.ASCII : TextTable.Style.BOX;
      if (!pairs.isEmpty()) {
        ctx.out().println();
        PairwiseRenderer.render(pairs, ctx.out(), style);
      }
      if (comparison != null) {
        ctx.out().println();
        ComparisonRenderer.render(comparison, ctx.out(), style);
      }
    }
    writeOptionalOutputs(current, comparison);
    ctx.out().flush();
    // a failed evaluation is left out of the figures, never a 0: say so once per metric, after the
    // tables
    MetricWarnings.lines(summaries).forEach(line -> ctx.err().println("warning: " + line));
    ctx.err().println("report: " + folder.report());
    if (htmlWritten) {
      ctx.err().println("html: " + outputs.html());
    }
    if (outcome.message() != null) {
      ctx.err().println(outcome.message());
    }
    ctx.err().flush();
    return outcome.code();
  }

  /**
   * The outputs beside report.json: its --output copy, TrainLoop Studio's files, JUnit and HTML.
   * Each failure is a warning naming the file; the run's exit code stays what the run decided.
   */
  private void writeOptionalOutputs(SavedRun current, Comparison comparison) {
    OptionalOutputs optional = new OptionalOutputs(ctx.err());
    optional.write(
        "--output", outputs.output(), () -> ReportWriter.copy(folder.report(), outputs.output()));
    optional.write(
        "TrainLoop Studio",
        folder.dir(),
        () ->
            new StudioCompatWriter()
                .write(
                    folder.dir(),
                    new StudioRun(
                        folder.runId(),
                        LocalDateTime.ofInstant(startedAt, ZoneId.systemDefault()),
                        models.stream()
                            .filter(PlannedModel::runs)
                            .map(PlannedModel::entry)
                            .toList(),
                        StudioRun.metricsByTag(setup.config().suites()))));
    optional.write(
        "--junit",
        outputs.junit(),
        () -> {
          Files.createDirectories(outputs.junit().getParent());
          try (Writer w = Files.newBufferedWriter(outputs.junit(), StandardCharsets.UTF_8)) {
            JUnitXmlWriter.write(current, comparison, w);
          }
        });
    htmlWritten =
        optional.write(
            "--html", outputs.html(), () -> HtmlReport.write(folder.dir(), outputs.html()));
  }

  private void write(
      RunSummary run, List<ModelSummary> summaries, Outcome outcome, ReportExtras extras)
      throws IOException {
    RunInfo info =
        new RunInfo(
            folder.runId(),
            startedAt,
            ctx.clock().instant(),
            run.complete(),
            run.stopReason(),
            outcome.code(),
            outcome.reason(),
            new ArrayList<>(setup.samples().perTag().keySet()),
            counts(),
            ConfigSummary.of(setup.config())
                .withOverrides(
                    setup.maxSamples(),
                    setup.seed(),
                    maxConcurrent,
                    options.requestDelay,
                    options.temperature));
    try {
      new ReportWriter(VersionProvider.version())
          .write(
              folder.report(),
              info,
              summaries,
              extras,
              folder.dir().resolve(ResultsJsonlWriter.FILE_NAME));
    } catch (IOException e) {
      throw FileProblem.at(folder.report(), e);
    }
  }

  private List<PairComparison> pairwise(Path results) throws IOException {
    List<ResultRow> rows = new ArrayList<>();
    ResultsJsonlReader.forEach(results, row -> rows.add(row.withoutResponse()));
    List<String> order = models.stream().filter(PlannedModel::runs).map(PlannedModel::id).toList();
    return new PairwiseComparator(setup.config().benchmark().compare().alpha())
        .compare(rows, order);
  }

  private Map<String, ModelStatus> statuses(
      RunAggregator aggregator, RunSummary run, FailureTracker failures) {
    Map<String, ModelStatus> statuses = new LinkedHashMap<>();
    for (PlannedModel m : models) {
      if (!m.runs()) {
        statuses.put(m.id(), ModelStatus.skipped(m.skippedReason()));
        continue;
      }
      var price = m.price() == null ? null : m.price().base();
      // the recorded row replays answers: its latencies are the recorded ones, its rate of requests
      // meaningless
      var active = m.entry().isRecorded() ? null : run.activeTime().get(m.id());
      String stopped = run.stopped().get(m.id());
      ModelSummary so = aggregator.summary(m.id(), ModelStatus.ok(active, price));
      if (stopped != null) {
        statuses.put(m.id(), new ModelStatus(ModelState.FAILED, stopped, active, price));
      } else if (so.samples() == 0 && so.errors() > 0) {
        statuses.put(
            m.id(),
            new ModelStatus(
                ModelState.FAILED,
                "every call failed; the first: " + failures.firstError(m.id()),
                active,
                price));
      } else if (!run.complete()) {
        statuses.put(m.id(), new ModelStatus(ModelState.STOPPED, run.stopReason(), active, price));
      } else {
        statuses.put(m.id(), ModelStatus.ok(active, price));
      }
    }
    return statuses;
  }

  private SampleCounts counts() {
    var s = setup.samples();
    Map<String, Long> perTag = new LinkedHashMap<>();
    s.perTag().forEach((k, v) -> perTag.put(k, (long) v));
    return new SampleCounts(
        s.total(),
        perTag,
        s.linesRead(),
        s.malformed(),
        s.duplicates(),
        s.withoutSuite(),
        s.filteredOut());
  }
}
