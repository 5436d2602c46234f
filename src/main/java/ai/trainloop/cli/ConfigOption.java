package ai.trainloop.cli;

import ai.trainloop.config.ConfigLoader;
import ai.trainloop.config.ConfigLocator;
import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.provider.ProviderRegistry;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE} for the commands that read a project's data folder; found as TrainLoop
 * finds it.
 */
public final class ConfigOption {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Config file (default: TRAINLOOP_CONFIG_PATH, "
              + "./trainloop/trainloop.config.yaml, or the first trainloop.config.yaml walking up).")
  Path config;

  TrainloopConfig load(CliContext ctx) {
    return new ConfigLoader(ProviderRegistry.builtIn())
        .load(new ConfigLocator().locate(config, ctx.env(), ctx.cwd()));
  }
}
