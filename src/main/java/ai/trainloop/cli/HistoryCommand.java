package ai.trainloop.cli;

import ai.trainloop.compare.History;
import ai.trainloop.compare.HistoryBuilder;
import ai.trainloop.compare.HistoryQuery;
import ai.trainloop.config.ConfigException;
import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.render.HistoryJson;
import ai.trainloop.render.HistoryRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trainloop history}: past runs as a time series, per run and model. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description =
        "List past runs of the data folder as a time series: per run and model, Avg with its 95%% "
            + "interval, cost, p95 latency and samples, with an arrow where a change was significant.")
public final class HistoryCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin ConfigOption configOption = new ConfigOption();

  @Option(names = "--tag", paramLabel = "TAG", description = "Only this tag's samples.")
  String tag;

  @Option(
      names = "--models",
      paramLabel = "LIST",
      split = ",",
      description = "Only these model ids.")
  List<String> models = new ArrayList<>();

  @Option(names = "--last", paramLabel = "N", description = "Only the newest N runs.")
  Integer last;

  @Mixin OutputOptions stdout = new OutputOptions();

  public HistoryCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    if (last != null && last < 1) {
      throw new ConfigException(null, "--last", "must be at least 1, got " + last);
    }
    TrainloopConfig config = configOption.load(ctx);
    History history =
        new HistoryBuilder(config.benchmark().compare().alpha())
            .read(
                config.dataFolder(), new HistoryQuery(tag, models.isEmpty() ? null : models, last));
    if (stdout.json()) {
      ctx.out().println(HistoryJson.toJson(history).toPrettyString());
    } else {
      HistoryRenderer.render(
          history,
          ctx.out(),
          stdout.style(ctx.terminal()),
          TerminalWidth.forTables(ctx.terminal(), ctx.env()));
    }
    ctx.out().flush();
    return ExitCodes.OK;
  }
}
