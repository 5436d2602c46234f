package ai.trainloop.cli;

import ai.trainloop.aggregate.DroppedParams;
import ai.trainloop.aggregate.FailureTracker;
import ai.trainloop.aggregate.ModelStatuses;
import ai.trainloop.aggregate.RunAggregator;
import ai.trainloop.compare.BaselineComparator;
import ai.trainloop.compare.Comparison;
import ai.trainloop.compare.RunFindings;
import ai.trainloop.render.MetricWarnings;
import ai.trainloop.render.RunReportJson;
import ai.trainloop.render.RunTables;
import ai.trainloop.render.TextTable;
import ai.trainloop.results.ConfigSummary;
import ai.trainloop.results.FileProblem;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ReportSummary;
import ai.trainloop.results.ReportWriter;
import ai.trainloop.results.ResultsJsonlWriter;
import ai.trainloop.results.ResumeEntry;
import ai.trainloop.results.RunInfo;
import ai.trainloop.results.SampleCounts;
import ai.trainloop.results.SavedRun;
import ai.trainloop.results.StudioRun;
import ai.trainloop.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a run, wired from the options: each model's status and the findings (aggregate,
 * decide, compare), the comparison with the baseline, the exit code, then report.json written once,
 * and every rendering of it (its --output copy, TrainLoop Studio's files, JUnit, HTML, tables or
 * JSON on stdout).
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
  private JudgeRun judge;
  private List<ResumeEntry> resumed = List.of();

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

  /** The run's judge, whose cost, agreement and warnings the report adds when it ran. */
  void judge(JudgeRun judge) {
    this.judge = judge;
  }

  /** Every {@code --resume} of the run, for report.json's {@code resumed[]}. */
  void resumed(List<ResumeEntry> history) {
    this.resumed = List.copyOf(history);
  }

  /**
   * @param forced the outcome when something outside the run decided it (a signal, a metric's
   *     exit), or null
   */
  int finish(RunAggregator aggregator, RunSummary run, FailureTracker failures, Outcome forced)
      throws Exception {
    List<ModelSummary> summaries =
        aggregator.summaries(
            ModelStatuses.of(
                models.stream().map(PlannedModel::planned).toList(), aggregator, run, failures));
    Path results = folder.dir().resolve(ResultsJsonlWriter.FILE_NAME);
    JudgeRun.Report judged = judge == null ? null : judge.report(summaries);
    RunFindings findings =
        RunFindings.of(
            dropped.applyTo(JudgeRun.withJudgeCosts(summaries, judged)),
            results,
            setup.config().benchmark(),
            setup.priorities(),
            options.detailedTables(),
            setup.control());
    // the comparison and the JUnit file see this run as report.json will read back
    Instant finishedAt = ctx.clock().instant();
    ReportSummary pending =
        RunReportJson.of(
            VersionProvider.version(),
            info(run, finishedAt, null),
            findings,
            null,
            judged == null ? null : judged.json());
    boolean wanted = baseline != null || options.junit != null;
    SavedRun current = wanted ? SavedRun.of(folder.report().toString(), pending, results) : null;
    Comparison comparison =
        baseline == null
            ? null
            : new BaselineComparator(setup.config().benchmark().compare())
                .compare(current, baseline);
    Outcome outcome =
        forced != null
            ? forced
            : Outcome.decide(
                run, findings.models(), findings.selection(), options.failOnGate, comparison);
    ReportSummary report =
        RunReportJson.of(
            VersionProvider.version(),
            info(run, finishedAt, outcome),
            findings,
            comparison,
            judged == null ? null : judged.json());
    write(report, results);
    if (options.stdout.json()) {
      ctx.out().println(Files.readString(folder.report()));
    } else {
      TextTable.Style style = options.stdout.style(ctx.terminal());
      RunTables.render(
          findings,
          setup.config().benchmark(),
          options.detailedTables(),
          style,
          TerminalWidth.forTables(ctx.terminal(), ctx.env()),
          run.stopReason(),
          comparison,
          judged == null ? List.of() : judged.lines(),
          ctx.out());
    }
    StudioRun studio =
        new StudioRun(
            folder.runId(),
            LocalDateTime.ofInstant(startedAt, ZoneId.systemDefault()),
            models.stream().filter(PlannedModel::runs).map(PlannedModel::entry).toList(),
            StudioRun.metricsByTag(setup.config().suites()));
    boolean htmlWritten =
        new OptionalOutputs(ctx.err())
            .writeAll(
                folder,
                outputs,
                studio,
                current == null ? null : new SavedRun(current.source(), report, current.results()),
                comparison);
    ctx.out().flush();
    // a failed evaluation is left out of the figures, never a 0: say so once per metric, after the
    // tables
    MetricWarnings.lines(findings.models()).forEach(line -> ctx.err().println("warning: " + line));
    if (judged != null) {
      judged.warnings().forEach(line -> ctx.err().println("warning: " + line));
    }
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
   * The head of report.json.
   *
   * @param outcome the exit code and its reason; null before they are decided
   */
  private RunInfo info(RunSummary run, Instant finishedAt, Outcome outcome) {
    return new RunInfo(
        folder.runId(),
        startedAt,
        finishedAt,
        run.complete(),
        run.stopReason(),
        outcome == null ? 0 : outcome.code(),
        outcome == null ? null : outcome.reason(),
        new ArrayList<>(setup.samples().perTag().keySet()),
        SampleCounts.of(setup.samples()),
        ConfigSummary.of(setup.config())
            .withOverrides(
                setup.maxSamples(),
                setup.seed(),
                maxConcurrent,
                options.requestDelay,
                options.temperature)
            .toBuilder()
            .stream(options.stream || setup.config().benchmark().stream())
            .repeats(setup.repeats())
            .samplesPerTag(setup.samplesPerTag())
            .build(),
        resumed);
  }

  private void write(ReportSummary report, Path results) throws IOException {
    try {
      ReportWriter.write(folder.report(), report, results);
    } catch (IOException e) {
      throw FileProblem.at(folder.report(), e);
    }
  }
}
