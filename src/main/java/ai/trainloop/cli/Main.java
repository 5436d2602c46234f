package ai.trainloop.cli;

import ai.trainloop.run.Ticker;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Entry point: builds the command with the real world injected; the only place that calls
 * System.exit.
 */
public final class Main {
  private Main() {}

  // run folders are named by the local time, as TrainLoop names them: the default zone is meant
  @SuppressWarnings("JavaTimeDefaultTimeZone")
  public static void main(String... args) {
    var env = System.getenv();
    Terminal terminal = Terminal.detect(env);
    Charset cs = terminal.utf8() ? StandardCharsets.UTF_8 : Charset.defaultCharset();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), cs), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), cs), true);
    CliContext ctx =
        new CliContext(
            env,
            Path.of("").toAbsolutePath(),
            out,
            err,
            terminal,
            Clock.systemDefaultZone(),
            Ticker.SYSTEM,
            new JvmInterrupts());
    int code = Cli.execute(ctx, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
