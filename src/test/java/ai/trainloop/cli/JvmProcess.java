package ai.trainloop.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * trainloop as a real process ({@code java -cp <test classpath> ai.trainloop.cli.Main ...}) in
 * {@code dir}, its stdout and stderr in files there: for what only a real JVM shows (signals,
 * shutdown hooks, exit status).
 */
final class JvmProcess {
  final Process process;
  private final Path out;
  private final Path err;

  private JvmProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  static JvmProcess start(Path dir, Map<String, String> env, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    Path out = dir.resolve("process.out");
    Path err = dir.resolve("process.err");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(new File("/dev/null"));
    pb.environment().keySet().removeIf(k -> k.endsWith("_API_KEY") || k.startsWith("TRAINLOOP"));
    pb.environment().putAll(env);
    return new JvmProcess(pb.start(), out, err);
  }

  /**
   * The exit status, after at most {@code seconds} (the process is killed past that, failing the
   * test).
   */
  int waitFor(long seconds) throws Exception {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("trainloop did not end within " + seconds + " s; stderr:\n" + err());
    }
    return process.exitValue();
  }

  String out() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  String err() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }
}
