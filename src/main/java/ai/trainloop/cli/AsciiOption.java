package ai.trainloop.cli;

import ai.trainloop.render.TextTable;
import picocli.CommandLine.Option;

/** {@code --ascii}, for every command that draws tables. */
public final class AsciiOption {
  @Option(
      names = "--ascii",
      description = "Draw tables with +-| instead of box-drawing characters.")
  boolean ascii;

  /** ASCII with {@code --ascii} or on a terminal that is not UTF-8; box drawing otherwise. */
  TextTable.Style style(Terminal terminal) {
    return ascii || !terminal.utf8() ? TextTable.Style.ASCII : TextTable.Style.BOX;
  }
}
