package ai.trainloop.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** {@code trainloop}: the root command; its subcommands do the work. */
@Command(
    name = "trainloop",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Benchmark LLM providers on your own recorded prompts.",
    exitCodeListHeading = "%nExit codes:%n")
public final class TrainloopCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Subcommands beyond benchmark. */
  static List<Object> extraSubcommands(CliContext ctx) {
    return List.of(
        new PricesCommand(ctx),
        new HistoryCommand(ctx),
        new StudioCommand(ctx),
        new ReportCommand(ctx),
        new InitCommand(ctx),
        new CacheCommand(ctx));
  }
}
