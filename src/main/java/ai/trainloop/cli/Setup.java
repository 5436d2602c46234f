package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.ConfigLoader;
import ai.trainloop.config.ConfigLocator;
import ai.trainloop.config.Environment;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.SamplesPerTag;
import ai.trainloop.config.SourceLocation;
import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.decide.Priorities;
import ai.trainloop.eval.Metrics;
import ai.trainloop.eval.Scorer;
import ai.trainloop.events.EventReader;
import ai.trainloop.events.SampleSelector;
import ai.trainloop.events.SampleSet;
import ai.trainloop.events.SelectionCriteria;
import ai.trainloop.provider.ProviderRegistry;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything decided before the first call: the config, the environment, the metrics, the samples
 * and the models. Any problem here is a {@link ConfigException} (exit 2), and nothing has been
 * sent.
 */
record Setup(
    TrainloopConfig config,
    Environment env,
    Scorer scorer,
    SampleSet samples,
    List<ProviderEntry> entries,
    long seed,
    Integer maxSamples,
    SamplesPerTag samplesPerTag,
    Priorities priorities,
    int repeats,
    String control) {

  static final long DEFAULT_SEED = 42;

  static Setup prepare(CliContext ctx, BenchmarkOptions o, Consumer<String> warn) {
    Consumer<String> note =
        line -> {
          ctx.err().println(line);
          ctx.err().flush();
        };
    Path file = new ConfigLocator().locate(o.config, ctx.env(), ctx.cwd());
    TrainloopConfig config = new ConfigLoader(ProviderRegistry.builtIn()).load(file);
    Environment env = Environment.load(ctx.env(), config, ctx.cwd());
    env.warnings().forEach(warn);
    List<ProviderEntry> entries = ModelSelector.select(config.benchmark().providers(), o.models);
    if (entries.isEmpty()) {
      throw new ConfigException(
          SourceLocation.unknown(file),
          "trainloop.benchmark.providers",
          "no model to benchmark: add at least one entry (e.g. {provider: openai, model: gpt-4o-mini})");
    }
    String control = control(o.control, config.benchmark().control(), entries, file);
    Path cacheDir = MetricCacheDir.choose(file.getParent(), config.metricsDir(), ctx.env(), note);
    Scorer scorer =
        Metrics.load(
            config, o.metricsClasspath.stream().map(ctx.cwd()::resolve).toList(), cacheDir);
    long seed =
        o.seed != null
            ? o.seed
            : config.benchmark().seed() != null ? config.benchmark().seed() : DEFAULT_SEED;
    Integer maxSamples =
        o.allSamples()
            ? null
            : o.maxSamples != null ? o.maxSamples : config.benchmark().maxSamples();
    // --comprehensive and --full-evaluation want every sample: the quotas go with max_samples
    SamplesPerTag samplesPerTag = o.allSamples() ? null : config.benchmark().samplesPerTag();
    Set<String> tags = new LinkedHashSet<>(o.tags);
    for (String tag : tags) {
      if (!scorer.covers(tag)) {
        warn.accept(
            "tag '" + tag + "' has no suite in trainloop.eval.suites: its samples are not sent");
      }
    }
    SampleSet samples =
        new SampleSelector(warn)
            .select(
                config.dataFolder().resolve(EventReader.EVENTS_FOLDER),
                new SelectionCriteria(
                    tags.isEmpty() ? null : tags, scorer::covers, maxSamples, seed, samplesPerTag));
    if (samples.total() == 0) {
      throw new ConfigException(
          SourceLocation.unknown(config.dataFolder().resolve(EventReader.EVENTS_FOLDER)),
          null,
          nothingToBenchmark(samples, tags));
    }
    Set<String> metricNames = new LinkedHashSet<>();
    config.suites().forEach(suite -> metricNames.addAll(suite.metrics()));
    Priorities priorities =
        Priorities.from(config.benchmark(), metricNames, SourceLocation.unknown(file), warn)
            .orElse(null);
    int repeats = o.repeat != null ? o.repeat : config.benchmark().repeats();
    return new Setup(
        config,
        env,
        scorer,
        samples,
        entries,
        seed,
        maxSamples,
        samplesPerTag,
        priorities,
        repeats,
        control);
  }

  /**
   * The control: {@code --control}, else {@code benchmark.control} (checked against the configured
   * ids when the config was read); it must be among the models this run benchmarks ({@code
   * --models} may have left it out).
   */
  private static String control(
      String flag, String configured, List<ProviderEntry> entries, Path file) {
    String id = flag != null ? flag.strip() : configured;
    if (id == null) {
      return null;
    }
    List<String> ids = entries.stream().map(ProviderEntry::id).toList();
    if (!ids.contains(id)) {
      String detail =
          "unknown model '" + id + "'; the models of this run: " + String.join(", ", ids);
      throw flag != null
          ? new ConfigException(null, "--control", detail)
          : new ConfigException(
              SourceLocation.unknown(file), "trainloop.benchmark.control", detail);
    }
    return id;
  }

  private static String nothingToBenchmark(SampleSet s, Set<String> tags) {
    StringBuilder sb =
        new StringBuilder("nothing to benchmark: ")
            .append(s.linesRead())
            .append(" recorded calls read");
    if (s.filteredOut() > 0) {
      sb.append(", ")
          .append(s.filteredOut())
          .append(" not tagged ")
          .append(String.join(" or ", tags));
    }
    if (s.withoutSuite() > 0) {
      sb.append(", ")
          .append(s.withoutSuite())
          .append(" whose tag has no suite in trainloop.eval.suites");
    }
    if (s.malformed() > 0) {
      sb.append(", ").append(s.malformed()).append(" malformed");
    }
    return sb.toString();
  }
}
