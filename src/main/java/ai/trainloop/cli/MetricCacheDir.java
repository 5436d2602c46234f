package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.SourceLocation;
import ai.trainloop.eval.javac.JavaMetricCompiler;
import ai.trainloop.results.FileProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where compiled Java metrics are cached: {@code .trainloop-cache/metrics} beside the config, or,
 * when that cannot be written (a read-only checkout), {@code $XDG_CACHE_HOME/trainloop/metrics},
 * else {@code ~/.cache/trainloop/metrics}, with a note. Tried only when there are Java metrics to
 * compile, by creating and removing a file there.
 */
final class MetricCacheDir {
  private MetricCacheDir() {}

  /**
   * @param env the environment ({@code XDG_CACHE_HOME}, {@code HOME})
   * @param note receives the one line saying the cache moved
   * @throws ConfigException when neither place can be written (exit 2, naming both)
   */
  static Path choose(
      Path configDir, Path metricsDir, Map<String, String> env, Consumer<String> note) {
    Path beside = configDir.resolve(".trainloop-cache").resolve("metrics");
    try {
      if (!JavaMetricCompiler.hasSources(metricsDir)) {
        return beside; // nothing to compile: nothing is written there
      }
    } catch (IOException e) {
      return beside; // the compiler reports the unreadable folder itself
    }
    String problem;
    try {
      tryWrite(beside);
      return beside;
    } catch (IOException e) {
      problem = FileProblem.reason(e);
    }
    Path fallback = userCache(env).resolve("trainloop").resolve("metrics");
    try {
      tryWrite(fallback);
    } catch (IOException e) {
      throw new ConfigException(
          SourceLocation.unknown(metricsDir),
          null,
          "cannot cache the compiled Java metrics: "
              + beside
              + " ("
              + problem
              + ") nor "
              + fallback
              + " ("
              + FileProblem.reason(e)
              + ") can be written");
    }
    note.accept(
        "note: cannot write "
            + beside
            + " ("
            + problem
            + "): compiled Java metrics are cached in "
            + fallback);
    return fallback;
  }

  /**
   * {@code $XDG_CACHE_HOME} when set to an absolute path (as the XDG spec asks), else {@code
   * ~/.cache}.
   */
  private static Path userCache(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg);
    }
    String home = env.get("HOME");
    return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"))
        .resolve(".cache");
  }

  private static void tryWrite(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.delete(Files.createTempFile(dir, ".trainloop-probe-", ".tmp"));
  }
}
