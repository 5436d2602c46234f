package ai.trainloop.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the run folder {@code --resume} names: {@code latest} or {@code previous} (the newest or
 * second-newest run folder holding a run.json, killed or not, in {@link RunOrder} by folder name),
 * a run id (a folder name under {@code <data_folder>/benchmarks}), or a path to a run folder or to
 * a file in one (its report.json, run.json or results.jsonl). Anything else is a {@link
 * ReportFormatException}.
 */
public final class ResumeLocator {
  private ResumeLocator() {}

  /** The run folder {@code spec} names; relative paths resolve against {@code workingDir}. */
  public static Path resolve(String spec, Path dataFolder, Path workingDir) {
    Path benchmarks = dataFolder.resolve("benchmarks");
    if (spec.equals("latest") || spec.equals("previous")) {
      List<Path> runs = resumable(benchmarks);
      int index = runs.size() - (spec.equals("latest") ? 1 : 2);
      if (index < 0) {
        throw new ReportFormatException(
            "--resume " + spec,
            "no "
                + (spec.equals("latest") ? "run" : "second run")
                + " with a "
                + RunManifest.FILE_NAME
                + " in "
                + benchmarks);
      }
      return runs.get(index);
    }
    Path byId = benchmarks.resolve(spec).normalize();
    Path dir =
        !spec.contains("/") && Files.isDirectory(byId)
            ? byId
            : workingDir.resolve(spec).normalize();
    if (Files.isRegularFile(dir)) {
      dir = dir.toAbsolutePath().getParent();
    }
    if (!Files.isDirectory(dir)) {
      throw new ReportFormatException(
          dir.toString(),
          "no such run (given as --resume "
              + spec
              + "; a run id, a run folder, latest or previous)");
    }
    if (!Files.isRegularFile(dir.resolve(RunManifest.FILE_NAME))) {
      throw new ReportFormatException(
          dir.toString(),
          "cannot be resumed: it has no "
              + RunManifest.FILE_NAME
              + " (written by every run since --resume exists)");
    }
    return dir;
  }

  /** Run folders holding a run.json, oldest first. */
  private static List<Path> resumable(Path benchmarks) {
    if (!Files.isDirectory(benchmarks)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(benchmarks)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve(RunManifest.FILE_NAME)))
          .sorted(
              RunOrder.oldestFirst(
                  (Path d) -> d.getFileName().toString(), d -> null, ZoneId.systemDefault()))
          .toList();
    } catch (IOException e) {
      throw new ReportFormatException(
          benchmarks.toString(), "cannot list runs: " + e.getMessage(), e);
    }
  }
}
