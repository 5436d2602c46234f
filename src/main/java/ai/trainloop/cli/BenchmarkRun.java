package ai.trainloop.cli;

import ai.trainloop.aggregate.DroppedParams;
import ai.trainloop.aggregate.FailureTracker;
import ai.trainloop.aggregate.ResultCollector;
import ai.trainloop.aggregate.RunAggregator;
import ai.trainloop.config.BenchmarkConfig;
import ai.trainloop.config.ConfigException;
import ai.trainloop.config.FlagRules;
import ai.trainloop.cost.Budget;
import ai.trainloop.cost.CostCalculator;
import ai.trainloop.cost.ModelPrice;
import ai.trainloop.cost.PriceResolver;
import ai.trainloop.cost.TokenEstimator;
import ai.trainloop.eval.JudgedMetric;
import ai.trainloop.eval.Judges;
import ai.trainloop.provider.Providers;
import ai.trainloop.provider.Usage;
import ai.trainloop.provider.cache.ResponseCache;
import ai.trainloop.provider.http.HttpLog;
import ai.trainloop.results.ModelRef;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.ResultsJsonlWriter;
import ai.trainloop.results.RunLocator;
import ai.trainloop.results.RunManifest;
import ai.trainloop.results.RunManifestJson;
import ai.trainloop.results.SamplesJsonlWriter;
import ai.trainloop.results.SavedRun;
import ai.trainloop.results.SavedRunReader;
import ai.trainloop.run.CallAdmission;
import ai.trainloop.run.CallResult;
import ai.trainloop.run.ModelTarget;
import ai.trainloop.run.PairFilter;
import ai.trainloop.run.RunControl;
import ai.trainloop.run.RunOptions;
import ai.trainloop.run.RunSummary;
import ai.trainloop.run.Runner;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * One {@code trainloop benchmark}: prepare (config, metrics, samples, models — any problem exits 2
 * before anything is sent), run every sample against every model, then report. Results go to
 * stdout, everything else to stderr.
 */
final class BenchmarkRun {
  private final CliContext ctx;
  private final BenchmarkOptions options;
  private final Consumer<String> warn;
  private HttpLog httpLog; // -v: set once the config is read; null without
  private final ResumedRun resumed;
  private RunLock lock;
  private BatchWiring batching = BatchWiring.none();

  BenchmarkRun(CliContext ctx, BenchmarkOptions options) {
    this(ctx, options, null);
  }

  /**
   * @param resumed the run {@code --resume} continues, whose recorded settings {@code options}
   *     hold; null for a new run
   */
  private BenchmarkRun(CliContext ctx, BenchmarkOptions options, ResumedRun resumed) {
    this.ctx = ctx;
    this.options = options;
    this.resumed = resumed;
    this.warn =
        message -> {
          ctx.err().println("warning: " + message);
          ctx.err().flush();
        };
  }

  int execute() throws Exception {
    checkFlags();
    if (options.resume == null && (options.retryErrors || options.force)) {
      throw new ConfigException(
          null,
          options.retryErrors ? "--retry-errors" : "--force",
          "only goes with --resume RUN|latest|previous");
    }
    if (options.resume != null && resumed == null) {
      ResumedRun run = ResumedRun.open(ctx, options);
      return new BenchmarkRun(ctx, run.options(), run).execute();
    }
    Setup setup = Setup.prepare(ctx, options, warn);
    BenchmarkConfig b = setup.config().benchmark();
    int maxConcurrent =
        options.maxConcurrent != null ? options.maxConcurrent : b.maxConcurrentRequests();
    Duration callTimeout =
        b.maxResponseTimeSeconds() == null
            ? null
            : Duration.ofMillis(Math.round(b.maxResponseTimeSeconds() * 1000));
    httpLog = httpLog(setup);
    Providers providers =
        Providers.withDefaultClients(
            maxConcurrent, setup.env().variables(), ctx.clock(), warn, httpLog);
    ResponseCache cache =
        (options.cache != null ? options.cache : b.cache())
            ? new ResponseCache(
                CacheFolder.of(setup.config().dataFolder()), b.cacheTtl(), ctx.clock(), warn)
            : null;
    List<PlannedModel> models =
        new ModelPlanner(
                providers,
                PriceResolver.forConfig(setup.config()),
                b.trackCosts(),
                warn,
                this::note,
                cache)
            .plan(setup.entries(), options.temperature, callTimeout);
    batching = BatchWiring.plan(options.batch || b.batch(), providers, models, this::note);
    models = batching.priced(models);
    List<ModelTarget> targets =
        models.stream().filter(PlannedModel::runs).map(PlannedModel::target).toList();
    JudgeRun judge = JudgeRun.plan(setup, providers, callTimeout, warn, this::note, cache);
    announce(setup, options.dryRun ? models.size() : targets.size());
    if (judge.active() || options.dryRun) {
      List<PlannedModel> running =
          options.dryRun ? models : models.stream().filter(PlannedModel::runs).toList();
      JudgeRun.pairwiseNotes(setup.scorer(), running.stream().map(PlannedModel::id).toList())
          .forEach(this::note);
    }
    SavedRun baseline =
        options.compareWith == null
            ? null
            : SavedRunReader.read(
                RunLocator.resolve(
                    options.compareWith, setup.config().dataFolder(), ctx.cwd(), null));
    if (options.dryRun) {
      return DryRun.print(ctx, options, setup, models, judge, batching);
    }
    if (targets.isEmpty()) {
      throw new ConfigException(
          null,
          null,
          "no model can run: every configured model is missing its API key "
              + "(see the lines above); nothing was sent");
    }
    OutputPaths outputs =
        OutputPaths.check(
            ctx.cwd(), options, setup.config().configFile(), setup.config().dataFolder());
    try (judge) {
      return run(providers, setup, models, targets, maxConcurrent, baseline, outputs, judge);
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
  }

  /** {@code -v}: each HTTP exchange on stderr ({@code -vv}: with headers and bodies); else null. */
  private HttpLog httpLog(Setup setup) {
    if (options.verbose.length == 0) {
      return null;
    }
    Map<String, String> env = new LinkedHashMap<>(ctx.env());
    env.putAll(setup.env().variables());
    return new HttpLog(
        options.verbose.length > 1 ? HttpLog.Level.BODIES : HttpLog.Level.CALLS, env, this::note);
  }

  /** Lines only shown with {@code TRAINLOOP_DEBUG} set, on stderr. */
  private Consumer<String> debug() {
    if (ctx.env().get("TRAINLOOP_DEBUG") == null) {
      return line -> {};
    }
    return line -> {
      ctx.err().println("debug: " + line);
      ctx.err().flush();
    };
  }

  private int run(
      Providers providers,
      Setup setup,
      List<PlannedModel> models,
      List<ModelTarget> targets,
      int maxConcurrent,
      SavedRun baseline,
      OutputPaths outputs,
      JudgeRun judge)
      throws Exception {
    BenchmarkConfig b = setup.config().benchmark();
    if (resumed != null) {
      lock = RunLock.acquire(resumed.folder().dir(), resumed.folder().runId());
    }
    ResumePlan resume =
        resumed == null
            ? null
            : ResumePlan.prepare(resumed, setup, models, ctx.clock().instant(), this::note, warn);
    if (resume == null || !resume.nothingToSend(models, setup.samples())) {
      WarmStart.run(
          providers,
          batching.synchronous(targets),
          setup.samples().stream(),
          setup.scorer()::score,
          maxConcurrent,
          options.stream || setup.config().benchmark().stream(),
          httpLog,
          ctx.ticker(),
          debug());
    }
    Instant startedAt =
        resumed == null ? ctx.clock().instant() : resumed.startedAt(ctx.clock().instant());
    RunFolder folder =
        resumed != null
            ? resumed.folder()
            : RunFolder.create(setup.config().dataFolder(), LocalDateTime.now(ctx.clock()));
    if (resumed == null) {
      lock = RunLock.acquire(folder.dir(), folder.runId());
      RunManifestJson.write(
          folder.dir(),
          new RunManifest(
              folder.runId(),
              startedAt,
              setup.config().configFile().toAbsolutePath().toString(),
              RecordedFlags.of(options, ctx.cwd()),
              RunFingerprint.of(setup, options.tags, options.temperature),
              List.of()));
    }
    Path samplesFile = folder.dir().resolve(SamplesJsonlWriter.FILE_NAME);
    if (resumed == null || !Files.exists(samplesFile)) {
      try (SamplesJsonlWriter samples = new SamplesJsonlWriter(samplesFile)) {
        samples.writeAll(setup.samples());
      }
    }
    RunAggregator aggregator =
        new RunAggregator(
            models.stream().map(m -> ModelRef.of(m.entry())).toList(), b.repeatReducer());
    Map<String, Long> totals = new LinkedHashMap<>();
    Map<String, ModelPrice> prices = new LinkedHashMap<>();
    for (PlannedModel m : models) {
      if (m.runs()) {
        totals.put(m.id(), (long) setup.samples().total() * setup.repeats());
        if (m.price() != null) {
          prices.put(m.id(), m.price());
        }
      }
    }
    Progress progress = new Progress(ctx.err(), ctx.terminal(), ctx.ticker()::nanos, totals);
    RunControl control = new RunControl();
    RunSummary summary;
    FailureTracker failures = new FailureTracker();
    DroppedParams dropped = new DroppedParams(warn);
    BigDecimal maxCost = options.maxCost != null ? options.maxCost : b.maxCost();
    Budget budget =
        maxCost == null
            ? null
            : new Budget(
                maxCost, PriceResolver.forConfig(setup.config()), new TokenEstimator(), warn);
    Consumer<ResultRow> afterEachRow =
        budget == null
            ? failures
            : failures.andThen(
                row -> {
                  if (CallResult.NOT_FINISHED.equals(row.error()) && row.costUsd() == null) {
                    budget.settleUnfinished(
                        row.modelId(),
                        row.sampleId()); // cancelled in flight: it may still be billed
                  } else {
                    budget.settle(row.modelId(), row.sampleId(), row.costUsd());
                  }
                });
    Duration grace = b.stopGrace();
    AtomicReference<StopSignal> signal = new AtomicReference<>();
    RunReport report =
        new RunReport(
            ctx,
            options,
            setup,
            models,
            folder,
            startedAt,
            maxConcurrent,
            baseline,
            outputs,
            dropped);
    report.judge(judge);
    if (resume != null) {
      report.resumed(resume.history());
    }
    ExitGuard.PartialReport partial =
        why -> {
          control.stop(why);
          if (!options.quiet) {
            progress.close();
          }
          return report.finish(
              aggregator,
              new RunSummary(Map.of(), Map.of(), why),
              failures,
              Outcome.metricExited(why));
        };
    try (AutoCloseable signals =
            ctx.interrupts()
                .onInterrupt(
                    s -> {
                      signal.set(s);
                      control.stop("interrupted");
                      note(
                          "\nstopping ("
                              + s.label()
                              + "): no new calls; waiting up to "
                              + BigDecimal.valueOf(grace.toMillis(), 3)
                                  .stripTrailingZeros()
                                  .toPlainString()
                              + " s for the "
                              + "calls in flight ("
                              + (s == StopSignal.INT ? "Ctrl-C again" : "a second signal")
                              + " to quit now)");
                    });
        ExitGuard guard = ExitGuard.install(metricClasses(setup), partial, this::note)) {
      try (ResultsJsonlWriter results =
          new ResultsJsonlWriter(folder.dir().resolve(ResultsJsonlWriter.FILE_NAME))) {
        ResultCollector collector =
            new ResultCollector(
                prices, results, aggregator, progress, afterEachRow, warn, control, dropped);
        if (resume != null) {
          resume.replayInto(collector); // kept results count as if they had just arrived
        }
        Duration delay =
            options.requestDelay != null
                ? seconds(options.requestDelay)
                : b.requestDelaySeconds() != null
                    ? seconds(b.requestDelaySeconds())
                    : Duration.ZERO;
        RunOptions runOptions =
            new RunOptions(
                maxConcurrent,
                delay,
                b.retry(),
                options.temperature,
                setup.seed(),
                b.replayParams(),
                options.stream || b.stream());
        Judges judges =
            judge.start(
                runOptions,
                ctx.ticker(),
                control,
                budget,
                collector,
                PriceResolver.forConfig(setup.config()),
                warn);
        List<ModelTarget> sending =
            new BatchCollection(ctx, options, batching, folder, control, budget, prices, this::note)
                .collect(
                    targets,
                    setup.samples(),
                    runOptions,
                    resume == null ? PairFilter.ALL : resume.pairs(),
                    setup.repeats());
        if (!options.quiet) {
          progress.start();
        }
        summary =
            new Runner(
                    runOptions,
                    ctx.ticker(),
                    guard.listener(collector),
                    batching.admission(CallAdmission.pricing(budget, pricer(prices))),
                    resume == null ? PairFilter.ALL : resume.pairs(),
                    setup.repeats())
                .run(
                    setup.samples(),
                    sending,
                    JudgeRun.scoring(setup.scorer(), judges),
                    control,
                    grace);
        judge.close(); // judge calls still in flight once the run has ended are cancelled
        if (resume != null) {
          // spread over several sessions, the run has no one active time (nor requests per second)
          summary = new RunSummary(Map.of(), summary.stopped(), summary.stopReason());
        }
      } finally {
        if (!options.quiet) {
          progress.close();
        }
      }
      guard.reporting();
      StopSignal by = signal.get();
      Outcome forced =
          by != null && "interrupted".equals(summary.stopReason()) ? Outcome.interrupted(by) : null;
      int code = report.finish(aggregator, summary, failures, forced);
      guard.reported(code);
      return code;
    }
  }

  /** Metric class name to metric name, for naming a metric that tries to exit the process. */
  private static Map<String, String> metricClasses(Setup setup) {
    Map<String, String> byClass = new LinkedHashMap<>();
    setup
        .scorer()
        .metrics()
        .forEach(
            (name, metric) ->
                byClass.putIfAbsent(
                    metric instanceof JudgedMetric j
                        ? j.origin().getName()
                        : metric.getClass().getName(),
                    name));
    return byClass;
  }

  /**
   * Every flag that overrides a config key, by that key's rules, before the config is even read.
   */
  private void checkFlags() {
    FlagRules.temperature(options.temperature);
    FlagRules.requestDelay(options.requestDelay);
    FlagRules.maxCost(options.maxCost);
    FlagRules.maxSamples(options.maxSamples);
    FlagRules.repeat(options.repeat);
    FlagRules.maxConcurrent(options.maxConcurrent);
    if (options.batchPoll != null && options.batchPoll < 1) {
      throw new ConfigException(
          null, "--batch-poll", "must be at least 1 second, not " + options.batchPoll);
    }
  }

  private void note(String line) {
    ctx.err().println(line);
    ctx.err().flush();
  }

  private void announce(Setup setup, int running) {
    var s = setup.samples();
    StringBuilder sb =
        new StringBuilder("trainloop: ")
            .append(s.total())
            .append(s.total() == 1 ? " sample" : " samples");
    StringBuilder tags = new StringBuilder();
    s.perTag()
        .forEach(
            (tag, n) ->
                tags.append(tags.length() == 0 ? "" : ", ")
                    .append(tag.isEmpty() ? "(untagged)" : tag)
                    .append(' ')
                    .append(n)
                    .append(
                        s.shortOfQuota().containsKey(tag)
                            ? " of " + s.shortOfQuota().get(tag) // fewer than samples_per_tag
                            : ""));
    sb.append(" (")
        .append(tags)
        .append(") × ")
        .append(running)
        .append(running == 1 ? " model" : " models");
    if (s.malformed() > 0) {
      sb.append(" · ")
          .append(s.malformed())
          .append(" malformed line")
          .append(s.malformed() == 1 ? "" : "s")
          .append(" skipped");
    }
    if (s.duplicates() > 0) {
      sb.append(" · ")
          .append(s.duplicates())
          .append(" duplicate prompt")
          .append(s.duplicates() == 1 ? "" : "s");
    }
    if (s.withoutSuite() > 0) {
      sb.append(" · ")
          .append(s.withoutSuite())
          .append(" call")
          .append(s.withoutSuite() == 1 ? "" : "s")
          .append(" not sent (no suite for their tag)");
    }
    ctx.err().println(sb);
    ctx.err().flush();
  }

  /** Each reply's cost at its model's price, for max_cost and Sample.costUsd(). */
  private static BiFunction<String, Usage, Optional<BigDecimal>> pricer(
      Map<String, ModelPrice> prices) {
    return (modelId, usage) ->
        Optional.ofNullable(prices.get(modelId)).map(p -> CostCalculator.cost(usage, p));
  }

  private static Duration seconds(double s) {
    return Duration.ofNanos(Math.round(s * 1e9));
  }
}
