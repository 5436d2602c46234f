package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.studio.StudioServer;
import java.io.IOException;
import java.net.BindException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trainloop studio}: serves the data folder's runs on a local web page until Ctrl-C. */
@Command(
    name = "studio",
    mixinStandardHelpOptions = true,
    description =
        "Open the runs of the data folder in a local web Studio: runs, charts, samples side by side, "
            + "history. Serves on loopback unless --host names another address; stops on Ctrl-C.")
public final class StudioCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin ConfigOption configOption = new ConfigOption();

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = StudioServer.DEFAULT_PORT;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host = StudioServer.DEFAULT_HOST;

  public StudioCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > StudioServer.MAX_PORT) {
      throw new ConfigException(
          null,
          "--port",
          port + " is not a port: give 1.." + StudioServer.MAX_PORT + ", or 0 for a free one");
    }
    TrainloopConfig config = configOption.load(ctx);
    CountDownLatch stop = new CountDownLatch(1);
    try (StudioServer server = start(config.dataFolder());
        AutoCloseable sigint = ctx.interrupts().onInterrupt(signal -> stop.countDown())) {
      ctx.out().println("trainloop studio: " + server.url());
      ctx.out().flush();
      if (!server.loopbackOnly()) {
        ctx.err()
            .println(
                "warning: --host "
                    + host
                    + " is not a loopback address: anyone who can reach it sees "
                    + "every prompt and reply of these runs, without authentication");
      }
      ctx.err()
          .println(
              "serving " + config.dataFolder().resolve("benchmarks") + " — press Ctrl-C to stop");
      ctx.err().flush();
      stop.await();
    }
    ctx.err().println("studio stopped");
    ctx.err().flush();
    return ExitCodes.OK;
  }

  /**
   * Binds the server; a port or host it cannot listen on is a usage error naming it (exit 2), not a
   * trace.
   */
  private StudioServer start(Path dataFolder) throws IOException {
    StudioServer server = new StudioServer(dataFolder, host, port);
    try {
      return server.start();
    } catch (UnknownHostException e) {
      throw new ConfigException(null, "--host", "cannot resolve " + host);
    } catch (BindException e) {
      String reason = String.valueOf(e.getMessage());
      if (reason.toLowerCase(Locale.ROOT).contains("in use")) {
        throw new ConfigException(
            null,
            "--port",
            "port "
                + port
                + " on "
                + host
                + " is already in use (stop what uses it, or pick another port; --port 0 picks a free one)");
      }
      throw new ConfigException(
          null, "--host", "cannot listen on " + host + " port " + port + ": " + reason);
    }
  }
}
