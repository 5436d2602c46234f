package ai.trainloop.cli;

import ai.trainloop.report.ConfigSummary;
import ai.trainloop.report.ModelState;
import ai.trainloop.report.ModelStatus;
import ai.trainloop.report.ModelSummary;
import ai.trainloop.report.ReportExtras;
import ai.trainloop.report.ReportWriter;
import ai.trainloop.report.ResultsJsonlWriter;
import ai.trainloop.report.RunAggregator;
import ai.trainloop.report.RunInfo;
import ai.trainloop.report.SampleCounts;
import ai.trainloop.report.StudioCompatWriter;
import ai.trainloop.report.StudioRun;
import ai.trainloop.report.select.Selection;
import ai.trainloop.run.RunSummary;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end of a run: each model's status, the aggregates, gates and decision matrix, the exit code, and every
 * rendering (report.json, its --output copy, TrainLoop Studio's files, tables or JSON on stdout).
 */
final class RunReport {
  private final CliContext ctx;
  private final BenchmarkOptions options;
  private final Setup setup;
  private final List<PlannedModel> models;
  private final RunFolder folder;
  private final Instant startedAt;
  private final int maxConcurrent;

  RunReport(CliContext ctx, BenchmarkOptions options, Setup setup, List<PlannedModel> models, RunFolder folder,
      Instant startedAt, int maxConcurrent) {
    this.ctx = ctx;
    this.options = options;
    this.setup = setup;
    this.models = models;
    this.folder = folder;
    this.startedAt = startedAt;
    this.maxConcurrent = maxConcurrent;
  }

  int finish(RunAggregator aggregator, RunSummary run, FailureTracker failures) throws Exception {
    List<ModelSummary> summaries = aggregator.summaries(statuses(aggregator, run, failures));
    Selection selection = Selections.evaluate(summaries, setup);
    Outcome outcome = Outcome.decide(run, summaries, selection, options.failOnGate);
    RunInfo info = new RunInfo(folder.runId(), startedAt, ctx.clock().instant(), run.complete(), run.stopReason(),
        outcome.code(), outcome.reason(), new ArrayList<>(setup.samples().perTag().keySet()), counts(),
        ConfigSummary.of(setup.config()).withOverrides(setup.maxSamples(), setup.seed(), maxConcurrent,
            options.requestDelay, options.temperature));
    ReportExtras extras = Selections.extras(selection);
    new ReportWriter(VersionProvider.version()).write(folder.report(), info, summaries, extras,
        folder.dir().resolve(ResultsJsonlWriter.FILE_NAME));
    if (options.output != null) {
      Files.createDirectories(options.output.toAbsolutePath().getParent());
      ReportWriter.copy(folder.report(), options.output);
    }
    new StudioCompatWriter().write(folder.dir(), new StudioRun(folder.runId(),
        LocalDateTime.ofInstant(startedAt, ZoneId.systemDefault()),
        models.stream().filter(PlannedModel::runs).map(PlannedModel::entry).toList(),
        StudioRun.metricsByTag(setup.config().suites())));
    if ("json".equals(options.format)) {
      ctx.out().println(Files.readString(folder.report()));
    } else {
      Selections.render(summaries, selection, setup.config().benchmark(), options, ctx);
    }
    ctx.out().flush();
    ctx.err().println("report: " + folder.report());
    if (outcome.message() != null) {
      ctx.err().println(outcome.message());
    }
    ctx.err().flush();
    return outcome.code();
  }

  private Map<String, ModelStatus> statuses(RunAggregator aggregator, RunSummary run, FailureTracker failures) {
    Map<String, ModelStatus> statuses = new LinkedHashMap<>();
    for (PlannedModel m : models) {
      if (!m.runs()) {
        statuses.put(m.id(), ModelStatus.skipped(m.skippedReason()));
        continue;
      }
      var price = m.price() == null ? null : m.price().base();
      var active = run.activeTime().get(m.id());
      String stopped = run.stopped().get(m.id());
      ModelSummary so = aggregator.summary(m.id(), ModelStatus.ok(active, price));
      if (stopped != null) {
        statuses.put(m.id(), new ModelStatus(ModelState.FAILED, stopped, active, price));
      } else if (so.samples() == 0 && so.errors() > 0) {
        statuses.put(m.id(), new ModelStatus(ModelState.FAILED,
            "every call failed; the first: " + failures.firstError(m.id()), active, price));
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
    return new SampleCounts(s.total(), perTag, s.linesRead(), s.malformed(), s.duplicates(), s.withoutSuite(),
        s.filteredOut());
  }
}
