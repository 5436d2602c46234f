package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.results.ReportFormatException;
import ai.trainloop.results.ReportJsonReader;
import ai.trainloop.results.RunLocator;
import ai.trainloop.studio.HtmlReport;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trainloop report RUN --html FILE}: the self-contained HTML report of an earlier run. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write the self-contained HTML report of an earlier run (works offline: data embedded, no "
            + "server, no network).")
public final class ReportCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Mixin ConfigOption configOption = new ConfigOption();

  @Parameters(
      index = "0",
      paramLabel = "RUN",
      description =
          "A run id (folder name under <data_folder>/benchmarks), a run folder, latest or previous.")
  String run;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      required = true,
      description = "The HTML file to write.")
  Path html;

  public ReportCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    Path folder = runFolder();
    String page = page(folder);
    Path out = ctx.cwd().resolve(html).toAbsolutePath();
    Path parent = out.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, page, StandardCharsets.UTF_8);
    ctx.err().println("html: " + out);
    ctx.err().flush();
    return ExitCodes.OK;
  }

  /**
   * The page, read in full before anything is written. A report.json that is missing (with no
   * results.jsonl either), cut short or not JSON is an input error naming the file (exit 2), never
   * a raw exception.
   */
  private String page(Path folder) {
    Path report = folder.resolve("report.json");
    if (Files.isRegularFile(report)) {
      check(report);
    } else if (Files.isRegularFile(folder.resolve("results.jsonl"))) {
      ctx.err()
          .println(
              "note: "
                  + report
                  + " is missing (the run was stopped before writing it?); the page shows "
                  + "results.jsonl");
    } else {
      throw new ReportFormatException(
          report.toString(),
          "no such file, and no results.jsonl beside it: not a run "
              + "folder, or its run wrote nothing");
    }
    StringWriter page = new StringWriter();
    try {
      HtmlReport.write(folder, page);
    } catch (IOException e) {
      throw new ReportFormatException(folder.toString(), "cannot read the run: " + describe(e), e);
    }
    return page.toString();
  }

  private static void check(Path report) {
    try {
      if (ReportJsonReader.summary(report) == null) {
        throw new ReportFormatException(
            report.toString(), "not a trainloop report.json (expected a JSON object)");
      }
    } catch (JsonEOFException e) {
      throw new ReportFormatException(
          report.toString(),
          "cut short: the JSON ends at line "
              + e.getLocation().getLineNr()
              + " before it is complete (was the run stopped while writing it?)",
          e);
    } catch (JacksonException e) {
      throw new ReportFormatException(
          report.toString(),
          "not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new ReportFormatException(report.toString(), "cannot read: " + describe(e), e);
    }
  }

  /**
   * An I/O failure in words: the JDK's file-system exceptions carry only the file name as their
   * message.
   */
  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException f) {
      return f.getFile() + ": no such file";
    }
    if (e instanceof AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private Path runFolder() {
    Path direct = ctx.cwd().resolve(run);
    if (Files.isDirectory(direct)
        && (Files.exists(direct.resolve("results.jsonl"))
            || Files.exists(direct.resolve("report.json")))) {
      return direct;
    }
    TrainloopConfig config = configOption.load(ctx);
    if (run.equals("latest") || run.equals("previous")) {
      return RunLocator.resolve(run, config.dataFolder(), ctx.cwd(), null).getParent();
    }
    Path byId = config.dataFolder().resolve("benchmarks").resolve(run);
    if (!run.contains("/") && !run.contains("..") && Files.isDirectory(byId)) {
      return byId;
    }
    throw new ConfigException(
        null,
        "RUN",
        "no run '"
            + run
            + "' in "
            + config.dataFolder().resolve("benchmarks")
            + " (give a run id as listed by `trainloop history`, a run folder, latest or previous)");
  }
}
