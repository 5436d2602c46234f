package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.report.compare.RunLocator;
import ai.trainloop.report.studio.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trainloop report RUN --html FILE}: the self-contained HTML report of an earlier run. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write the self-contained HTML report of an earlier run (works offline: data embedded, no "
        + "server, no network).")
public final class ReportCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin ConfigOption configOption = new ConfigOption();

  @Parameters(index = "0", paramLabel = "RUN",
      description = "A run id (folder name under <data_folder>/benchmarks), a run folder, latest or previous.")
  String run;

  @Option(names = "--html", paramLabel = "FILE", required = true, description = "The HTML file to write.")
  Path html;

  public ReportCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    Path folder = runFolder();
    Path out = ctx.cwd().resolve(html).toAbsolutePath();
    HtmlReport.write(folder, out);
    ctx.err().println("html: " + out);
    ctx.err().flush();
    return ExitCodes.OK;
  }

  private Path runFolder() {
    Path direct = ctx.cwd().resolve(run);
    if (Files.isDirectory(direct) && Files.exists(direct.resolve("results.jsonl"))) {
      return direct;
    }
    TrainloopConfig config = configOption.load(ctx);
    if (run.equals("latest") || run.equals("previous")) {
      return RunLocator.resolve(run, config.dataFolder(), ctx.cwd(), null).getParent();
    }
    Path byId = config.dataFolder().resolve("benchmarks").resolve(run);
    if (!run.contains("/") && !run.contains("..") && Files.isDirectory(byId)) {
      return byId;
    }
    throw new ConfigException(null, "RUN", "no run '" + run + "' in " + config.dataFolder().resolve("benchmarks")
        + " (give a run id as listed by `trainloop history`, a run folder, latest or previous)");
  }
}
