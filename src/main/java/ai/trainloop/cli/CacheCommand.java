package ai.trainloop.cli;

import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.provider.cache.CacheStats;
import ai.trainloop.provider.cache.ResponseCache;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trainloop cache stats} and {@code trainloop cache clear [--expired]}. */
@Command(
    name = "cache",
    mixinStandardHelpOptions = true,
    description = "Show or clear the response cache in <data_folder>/.cache/responses.")
public final class CacheCommand implements Runnable {
  private final CliContext ctx;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  public CacheCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      description = "Entries, size, oldest and newest entry, and how many have expired.")
  int stats(@Mixin ConfigOption config) throws Exception {
    ResponseCache cache = cache(config);
    CacheStats s = cache.stats();
    PrintWriter out = ctx.out();
    out.println("cache:      " + cache.folder());
    out.println("entries:    " + s.entries());
    out.println(String.format(Locale.ROOT, "size:       %.1f KiB", s.bytes() / 1024.0));
    out.println("oldest:     " + (s.oldest() == null ? "-" : s.oldest()));
    out.println("newest:     " + (s.newest() == null ? "-" : s.newest()));
    out.println("expired:    " + s.expired());
    if (s.unreadable() > 0) {
      out.println("unreadable: " + s.unreadable());
    }
    out.flush();
    return ExitCodes.OK;
  }

  @Command(
      name = "clear",
      mixinStandardHelpOptions = true,
      description = "Delete the cached replies (with --expired, only expired or unreadable ones).")
  int clear(
      @Mixin ConfigOption config,
      @Option(names = "--expired", description = "Only the expired and unreadable entries.")
          boolean expired)
      throws Exception {
    long deleted = cache(config).clear(expired);
    ctx.out().println("deleted " + deleted + (expired ? " expired" : "") + " cached replies");
    ctx.out().flush();
    return ExitCodes.OK;
  }

  private ResponseCache cache(ConfigOption option) {
    TrainloopConfig config = option.load(ctx);
    return new ResponseCache(
        CacheFolder.of(config.dataFolder()),
        config.benchmark().cacheTtl(),
        ctx.clock(),
        line -> ctx.err().println("warning: " + line));
  }
}
