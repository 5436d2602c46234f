package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import ai.trainloop.results.ReportFormatException;
import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Builds the command tree and maps failures to exit codes: the one place that knows how errors are
 * shown.
 */
public final class Cli {
  private Cli() {}

  /** Runs {@code args} in-process and returns the exit code. */
  public static int execute(CliContext ctx, String... args) {
    CommandLine cl = build(ctx);
    return cl.execute(args);
  }

  static CommandLine build(CliContext given) {
    CliContext ctx = terminalSafe(given);
    CommandLine cl = new CommandLine(new TrainloopCommand());
    cl.addSubcommand("benchmark", new BenchmarkCommand(ctx));
    for (Object sub : TrainloopCommand.extraSubcommands(ctx)) {
      cl.addSubcommand(sub);
    }
    // a bash/zsh completion script for every command and option (README, "Install")
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().usageMessage().hidden(false);
    cl.addSubcommand("generate-completion", completion);
    cl.getCommandSpec().usageMessage().exitCodeList(ExitCodes.help());
    cl.getSubcommands()
        .get("benchmark")
        .getCommandSpec()
        .usageMessage()
        .exitCodeList(ExitCodes.help());
    cl.setOut(ctx.out());
    cl.setErr(ctx.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> handle(ex, ctx));
    cl.setExecutionStrategy(
        parsed -> {
          if (asksForAscii(parsed)) {
            TerminalWriter.asciiOnly(ctx.out());
            TerminalWriter.asciiOnly(ctx.err());
          }
          return new CommandLine.RunLast().execute(parsed);
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine cmd = ex.getCommandLine();
          ctx.err().println("trainloop: " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, ctx.err());
          ctx.err().println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
          ctx.err().flush();
          return ExitCodes.USAGE;
        });
    return cl;
  }

  /**
   * The context with stdout and stderr wrapped in {@link TerminalWriter}: the one place outside
   * text is made safe for a terminal, whichever command prints it, and the one decision on ASCII: a
   * terminal or locale that is not UTF-8 (or {@code --ascii}, once parsed) makes both writers print
   * only ASCII ({@link ai.trainloop.render.AsciiText}). Help is printed without ANSI styles, which
   * the wrapper would show escaped.
   */
  private static CliContext terminalSafe(CliContext c) {
    Terminal terminal = c.terminal().under(c.env());
    PrintWriter out = TerminalWriter.wrap(c.out());
    PrintWriter err = TerminalWriter.wrap(c.err());
    if (!terminal.utf8()) {
      TerminalWriter.asciiOnly(out);
      TerminalWriter.asciiOnly(err);
    }
    if (terminal.color()) {
      TerminalWriter.colored(out);
    }
    return new CliContext(
        c.env(), c.cwd(), out, err, terminal, c.clock(), c.ticker(), c.interrupts());
  }

  /** Whether {@code --ascii} was given to the command run (or a command above it). */
  private static boolean asksForAscii(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--ascii")) {
        return true;
      }
    }
    return false;
  }

  private static int handle(Exception ex, CliContext ctx) {
    if (ex instanceof ConfigException || ex instanceof ReportFormatException) {
      ctx.err().println("error: " + ex.getMessage());
      ctx.err().flush();
      return ExitCodes.USAGE;
    }
    ctx.err().println("error: " + ex);
    if (ctx.env().get("TRAINLOOP_DEBUG") != null) {
      ex.printStackTrace(ctx.err());
    } else {
      ctx.err().println("(set TRAINLOOP_DEBUG=1 for the stack trace)");
    }
    ctx.err().flush();
    return ExitCodes.RUN_FAILURE;
  }
}
