package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.SourceLocation;
import ai.trainloop.results.FileProblem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Every place a run will write, resolved and tried before the first call, so that a bad path costs
 * nothing: the run folders under {@code <data_folder>/benchmarks}, {@code --output} ({@code
 * report.json} inside it when it names an existing folder), {@code --junit} and {@code --html}.
 * Each is tried by creating and removing a file there (an existing file is opened for writing, not
 * truncated); missing parent folders are created for the try and removed again. A problem is a
 * {@link ConfigException} naming the flag and the path (exit 2).
 *
 * @param output the --output target, or null
 * @param junit the --junit file, or null
 * @param html the --html file, or null
 */
record OutputPaths(Path output, Path junit, Path html) {
  static final String REPORT = "report.json";

  /** The checked paths, resolved against the working directory. */
  static OutputPaths check(Path cwd, BenchmarkOptions o, Path configFile, Path dataFolder) {
    Path benchmarks = dataFolder.resolve("benchmarks");
    try {
      tryFolder(benchmarks);
    } catch (IOException e) {
      throw new ConfigException(
          SourceLocation.unknown(configFile),
          "trainloop.data_folder",
          "cannot write run folders in " + benchmarks + ": " + FileProblem.reason(e));
    }
    Path output = null;
    if (o.output != null) {
      output = cwd.resolve(o.output).toAbsolutePath().normalize();
      output = Files.isDirectory(output) ? output.resolve(REPORT) : output;
    }
    return new OutputPaths(
        file("--output", output),
        file("--junit", resolve(cwd, o.junit)),
        file("--html", resolve(cwd, o.html)));
  }

  private static Path resolve(Path cwd, Path p) {
    return p == null ? null : cwd.resolve(p).toAbsolutePath().normalize();
  }

  private static Path file(String flag, Path target) {
    if (target == null) {
      return null;
    }
    if (Files.isDirectory(target)) {
      throw new ConfigException(null, flag, "cannot write " + target + ": it is a folder");
    }
    try {
      if (Files.exists(target)) {
        FileChannel.open(target, StandardOpenOption.WRITE).close();
      } else {
        List<Path> created = createParents(target.getParent());
        try {
          Files.delete(Files.createFile(target));
        } finally {
          removeAll(created);
        }
      }
    } catch (IOException e) {
      throw new ConfigException(
          null, flag, "cannot write " + target + ": " + FileProblem.reason(e));
    }
    return target;
  }

  private static void tryFolder(Path dir) throws IOException {
    List<Path> created = createParents(dir);
    try {
      Files.delete(Files.createTempFile(dir, ".trainloop-probe-", ".tmp"));
    } finally {
      removeAll(created);
    }
  }

  /** Creates {@code dir} and its missing parents; the folders created, deepest last. */
  private static List<Path> createParents(Path dir) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(0, p);
    }
    List<Path> created = new ArrayList<>();
    try {
      for (Path p : missing) {
        created.add(Files.createDirectory(p));
      }
    } catch (IOException e) {
      removeAll(created);
      throw e;
    }
    return created;
  }

  private static void removeAll(List<Path> created) {
    for (int i = created.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(created.get(i));
      } catch (IOException e) {
        // an empty folder left behind; the run creates it again anyway
      }
    }
  }
}
