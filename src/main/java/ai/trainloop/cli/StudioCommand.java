package ai.trainloop.cli;

import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.report.studio.StudioServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trainloop studio}: serves the data folder's runs on a local web page until Ctrl-C. */
@Command(name = "studio", mixinStandardHelpOptions = true,
    description = "Open the runs of the data folder in a local web Studio: runs, charts, samples side by side, "
        + "history. Serves on loopback unless --host names another address; stops on Ctrl-C.")
public final class StudioCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin ConfigOption configOption = new ConfigOption();

  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = StudioServer.DEFAULT_PORT;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = StudioServer.DEFAULT_HOST;

  public StudioCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    TrainloopConfig config = configOption.load(ctx);
    CountDownLatch stop = new CountDownLatch(1);
    try (StudioServer server = new StudioServer(config.dataFolder(), host, port).start();
        AutoCloseable sigint = ctx.interrupts().onInterrupt(signal -> stop.countDown())) {
      ctx.out().println("trainloop studio: " + server.url());
      ctx.out().flush();
      ctx.err().println("serving " + config.dataFolder().resolve("benchmarks") + " — press Ctrl-C to stop");
      ctx.err().flush();
      stop.await();
    }
    ctx.err().println("studio stopped");
    ctx.err().flush();
    return ExitCodes.OK;
  }
}
