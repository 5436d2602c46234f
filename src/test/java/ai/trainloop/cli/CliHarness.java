package ai.trainloop.cli;

import ai.trainloop.run.Ticker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs trainloop in-process against a temporary project, capturing stdout and stderr. */
final class CliHarness {
  final Path dir;
  final Map<String, String> env = new HashMap<>();
  Interrupts interrupts = Interrupts.NONE;
  String out;
  String err;

  CliHarness(Path dir) {
    this.dir = dir;
  }

  CliHarness file(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return this;
  }

  /** Writes n recorded calls tagged {@code tag}, prompts "q0".."q{n-1}", recorded replies "r0".. */
  CliHarness events(String tag, int n) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("{\"durationMs\": 100, \"tag\": \"")
          .append(tag)
          .append("\", \"input\": [{\"role\": \"system\", ")
          .append("\"content\": \"Be brief.\"}, {\"role\": \"user\", \"content\": \"q")
          .append(i)
          .append("\"}], \"output\": {\"content\": \"r")
          .append(i)
          .append("\"}, \"model\": \"gpt-4o-mini\", ")
          .append("\"modelParams\": {}, \"startTimeMs\": 1, \"endTimeMs\": 2, \"url\": \"u\", ")
          .append("\"location\": {\"file\": \"a.py\", \"lineNumber\": \"1\"}}\n");
    }
    return file("data/events/1764300000000.jsonl", sb.toString());
  }

  int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    CliContext ctx =
        new CliContext(
            env,
            dir,
            new PrintWriter(o, true),
            new PrintWriter(e, true),
            Terminal.plain(true),
            Clock.system(ZoneId.systemDefault()),
            Ticker.SYSTEM,
            interrupts);
    int code = Cli.execute(ctx, args);
    out = o.toString();
    err = e.toString();
    return code;
  }

  Path onlyRun() throws IOException {
    try (var s = Files.list(dir.resolve("data/benchmarks"))) {
      List<Path> runs = s.toList();
      if (runs.size() != 1) {
        throw new AssertionError("expected one run folder, got " + runs);
      }
      return runs.get(0);
    }
  }
}
