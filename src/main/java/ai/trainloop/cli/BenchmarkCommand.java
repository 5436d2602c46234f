package ai.trainloop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code trainloop benchmark}: re-run recorded prompts against the configured models and compare
 * them.
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description =
        "Re-run your recorded prompts against several models, score every reply with your metrics, "
            + "and compare quality, cost and speed.",
    exitCodeListHeading = "%nExit codes:%n")
public final class BenchmarkCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin BenchmarkOptions options = new BenchmarkOptions();

  public BenchmarkCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    return new BenchmarkRun(ctx, options).execute();
  }
}
