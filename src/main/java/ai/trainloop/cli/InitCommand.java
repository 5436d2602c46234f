package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trainloop init [DIR]}: a project to start from, ready for {@code trainloop benchmark}. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description =
        "Write a project to start from into DIR (default: trainloop, the folder trainloop benchmark "
            + "looks in): a commented trainloop.config.yaml with the tutorial's providers, a Java "
            + "metric in eval/metrics/, .env.example, .gitignore and a few recorded calls in "
            + "data/events/. Existing files are never overwritten without --force.")
public final class InitCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Where to write.")
  String dir = "trainloop";

  @Option(names = "--force", description = "Overwrite the template's files where they exist.")
  boolean force;

  public InitCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    Path target = ctx.cwd().resolve(dir).normalize();
    List<String> written;
    try {
      written = ProjectTemplate.write(target, force);
    } catch (FileSystemException e) {
      throw new ConfigException(null, "DIR", "cannot write in " + target + ": " + reason(e));
    } catch (IOException e) {
      throw new ConfigException(null, "DIR", "cannot write in " + target + ": " + e.getMessage());
    }
    PrintWriter out = ctx.out();
    String shown = ctx.cwd().relativize(target).toString();
    out.println(
        "trainloop init: wrote "
            + written.size()
            + " files in "
            + (shown.isEmpty() ? "." : shown)
            + ":");
    written.forEach(f -> out.println("  " + f));
    out.println();
    out.println("Next steps:");
    boolean found = "trainloop".equals(shown) || shown.isEmpty();
    out.println(
        "  1. trainloop benchmark"
            + (found ? "" : " --config " + Path.of(shown, "trainloop.config.yaml"))
            + "   scores the recorded calls (the recorded row) right away");
    out.println(
        "  2. cp "
            + Path.of(shown.isEmpty() ? "." : shown, ".env.example")
            + " "
            + Path.of(shown.isEmpty() ? "." : shown, ".env")
            + "   and fill in the keys of the providers to compare");
    out.println(
        "  3. point your application's TrainLoop SDK at "
            + Path.of(shown.isEmpty() ? "." : shown, "data")
            + " and edit the suites in trainloop.config.yaml for its tags");
    out.flush();
    return ExitCodes.OK;
  }

  private static String reason(FileSystemException e) {
    return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
  }
}
