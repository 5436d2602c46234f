package ai.trainloop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code trainloop benchmark}: re-run recorded prompts against the configured models and compare them. */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = "Re-run your recorded prompts against several models, score every reply with your metrics, "
        + "and compare quality, cost and speed.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ran; nothing regressed",
      "1:regression against the baseline, or a missed gate with --fail-on-gate",
      "2:usage, config or input error (nothing was sent)",
      "3:run failure: a key was rejected, every call of a model failed, or the budget was reached",
      "130:interrupted (a partial report was written)"
    })
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
