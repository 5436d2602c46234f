package ai.trainloop.cli;

import ai.trainloop.run.Ticker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Everything a command takes from the outside world, injected so tests run commands in-process.
 *
 * @param env the process environment (before .env files)
 * @param cwd the working directory
 * @param out results (tables, JSON with --format json)
 * @param err diagnostics and progress
 * @param terminal what stderr/stdout can show
 * @param clock wall-clock time, for run ids and timestamps
 * @param ticker monotonic time and sleeping, for the runner
 * @param interrupts installs the Ctrl-C handler; tests pass {@link Interrupts#NONE}
 */
public record CliContext(
    Map<String, String> env,
    Path cwd,
    PrintWriter out,
    PrintWriter err,
    Terminal terminal,
    Clock clock,
    Ticker ticker,
    Interrupts interrupts) {}
