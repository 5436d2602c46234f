package ai.trainloop.cli;

import ai.trainloop.render.TextTable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --format} and {@code --ascii}, for the commands that print results as tables or as JSON.
 */
public final class OutputOptions {
  @Option(
      names = "--format",
      paramLabel = "table|json",
      description = "stdout format (default: table).")
  OutputFormat format = OutputFormat.table;

  @Mixin AsciiOption ascii = new AsciiOption();

  /** Whether stdout gets JSON rather than tables. */
  boolean json() {
    return format == OutputFormat.json;
  }

  /** How tables are drawn; see {@link AsciiOption#style}. */
  TextTable.Style style(Terminal terminal) {
    return ascii.style(terminal);
  }
}
