package ai.trainloop.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** {@code trainloop}: the root command; its subcommands do the work. */
@Command(
    name = "trainloop",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Benchmark LLM providers on your own recorded prompts.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ran; nothing regressed",
      "1:regression against the baseline, or a missed gate with --fail-on-gate",
      "2:usage, config or input error (nothing was sent)",
      "3:run failure: a key was rejected, every call of a model failed, or the budget was reached",
      "130:interrupted (a partial report was written)"
    })
public final class TrainloopCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Subcommands beyond benchmark. */
  static List<Object> extraSubcommands(CliContext ctx) {
    return List.of(new PricesCommand(ctx), new HistoryCommand(ctx), new StudioCommand(ctx), new ReportCommand(ctx));
  }
}
