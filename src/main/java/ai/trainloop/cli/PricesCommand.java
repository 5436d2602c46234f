package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.cost.PriceCatalog;
import ai.trainloop.cost.PriceListing;
import ai.trainloop.cost.PriceResolver;
import ai.trainloop.cost.PriceTable;
import ai.trainloop.format.Formats;
import ai.trainloop.render.TextTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code trainloop prices}: the price table in use and where each price came from. */
@Command(
    name = "prices",
    mixinStandardHelpOptions = true,
    description =
        "List the prices used for costs (USD per 1M tokens) and where each came from: the bundled "
            + "table, trainloop.pricing, or a provider entry's pricing.")
public final class PricesCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin ConfigOption configOption = new ConfigOption();

  @Mixin AsciiOption ascii = new AsciiOption();

  public PricesCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    PriceResolver resolver;
    List<ProviderEntry> entries;
    try {
      TrainloopConfig config = configOption.load(ctx);
      resolver = PriceResolver.forConfig(config);
      entries = config.benchmark().providers();
    } catch (ConfigException noConfig) {
      if (configOption.config != null) {
        throw noConfig;
      }
      resolver = new PriceResolver(PriceTable.bundled(), Map.of());
      entries = List.of();
    }
    List<PriceListing> listings = new PriceCatalog(resolver).listings(entries);
    TextTable t =
        new TextTable(
            "Prices (USD per 1M tokens):",
            List.of(
                "Model",
                "Provider",
                "Input",
                "Output",
                "Cached read",
                "Cache write",
                "Long context",
                "Source"));
    for (PriceListing p : listings) {
      t.addRow(
          p.model() + (p.aliases().isEmpty() ? "" : " (" + String.join(", ", p.aliases()) + ")"),
          p.provider() == null ? "" : p.provider(),
          usd(p.input()),
          usd(p.output()),
          usd(p.cachedInput()),
          usd(p.cacheWrite()),
          p.longContext() == null ? "" : shortTier(p.longContext()),
          p.source().startsWith("bundled") ? "bundled" : p.source());
    }
    t.fitTo(TerminalWidth.forTables(ctx.terminal(), ctx.env()))
        .render(ctx.out(), ascii.style(ctx.terminal()));
    PriceTable table = resolver.table();
    ctx.out().println("Bundled table, as of " + table.asOf() + ": " + table.source());
    ctx.out()
        .println(
            "Long context: above that many input tokens the whole call is billed at the higher input / "
                + "output price.");
    ctx.out()
        .println(
            "A model not listed has an unknown cost (n/a), never $0: price it with `pricing:` on its "
                + "entry or under trainloop.pricing.");
    ctx.out().flush();
    return ExitCodes.OK;
  }

  /**
   * "above 200000 input tokens, whole call: input 6.00, output 22.50, …" as ">200k: $6.00 /
   * $22.50".
   */
  private static String shortTier(String tier) {
    var m =
        java.util.regex.Pattern.compile(
                "above (\\d+) input tokens.*?input ([\\d.]+), output ([\\d.]+)")
            .matcher(tier);
    if (!m.find()) {
      return tier;
    }
    long above = Long.parseLong(m.group(1));
    String limit = above % 1000 == 0 ? above / 1000 + "k" : Long.toString(above);
    return ">" + limit + ": $" + m.group(2) + " / $" + m.group(3);
  }

  private static String usd(BigDecimal v) {
    if (v == null) {
      return Formats.UNKNOWN;
    }
    BigDecimal plain = v.stripTrailingZeros();
    return "$" + (plain.scale() < 2 ? plain.setScale(2) : plain).toPlainString();
  }
}
