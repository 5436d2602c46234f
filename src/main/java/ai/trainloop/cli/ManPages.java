package ai.trainloop.cli;

import ai.trainloop.run.Ticker;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes one AsciiDoc man page per command of the tree {@link Cli} builds, for the build to turn
 * into the archive's {@code share/man/man1/} pages (pom.xml, "man pages"). picocli-codegen is a
 * build-time dependency only: the product jar does not hold it and nothing at run time calls this.
 */
public final class ManPages {
  private ManPages() {}

  /**
   * {@code ManPages OUTDIR VERSION}: the AsciiDoc pages of every command into OUTDIR, each naming
   * {@code trainloop VERSION} as its source (the jar's manifest, which names it at run time, does
   * not exist yet when the build calls this).
   */
  public static void main(String... args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ManPages OUTDIR VERSION");
    }
    write(Path.of(args[0]), args[1]);
  }

  /** Writes the pages into {@code outdir} and returns their paths. */
  static List<Path> write(Path outdir, String version) throws IOException {
    List<CommandSpec> specs = new ArrayList<>();
    collect(Cli.build(silentContext()), specs);
    int code =
        ManPageGenerator.generateManPage(
            outdir.toFile(), null, new boolean[0], true, specs.toArray(CommandSpec[]::new));
    if (code != 0) {
      throw new IOException("picocli's ManPageGenerator exited with " + code);
    }
    List<Path> pages = new ArrayList<>();
    for (CommandSpec spec : specs) {
      Path page = outdir.resolve(spec.qualifiedName("-") + ".adoc");
      String text = Files.readString(page, StandardCharsets.UTF_8);
      text =
          text.replace(":mansource: \n", ":mansource: trainloop " + version + "\n")
              .replace(":revnumber: \n", ":revnumber: " + version + "\n");
      Files.writeString(page, text, StandardCharsets.UTF_8);
      pages.add(page);
    }
    return pages;
  }

  private static void collect(CommandLine cl, List<CommandSpec> into) {
    into.add(cl.getCommandSpec());
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (!into.contains(sub.getCommandSpec())) {
        collect(sub, into);
      }
    }
  }

  /** A context that prints nowhere: the commands are only described, never run. */
  private static CliContext silentContext() {
    PrintWriter none = new PrintWriter(OutputStream.nullOutputStream());
    return new CliContext(
        Map.of(),
        Path.of("").toAbsolutePath(),
        none,
        none,
        Terminal.plain(true),
        Clock.systemUTC(),
        Ticker.SYSTEM,
        Interrupts.NONE);
  }
}
