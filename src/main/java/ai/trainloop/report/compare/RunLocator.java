package ai.trainloop.report.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds past runs in {@code <data_folder>/benchmarks/<run_id>/report.json} and resolves the value of
 * {@code --compare-with}: {@code latest} (the newest run), {@code previous} (the second newest) or a file path.
 * Runs are ordered by run_id, the folder name {@code YYYY-MM-DD_HH-MM-SS} with an optional {@code -N} suffix
 * compared as a number, so {@code …-00-10} comes after {@code …-00-2}.
 */
public final class RunLocator {
  private static final Pattern RUN_ID = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})(?:-(\\d+))?");
  /** Orders run ids oldest first; ids not in the run_id format sort before all others, by name. */
  public static final Comparator<String> RUN_ID_ORDER = Comparator
      .comparing((String id) -> RUN_ID.matcher(id).matches())
      .thenComparing(id -> base(id))
      .thenComparingLong(id -> suffix(id));

  private RunLocator() {}

  /** report.json files of every run in the data folder, oldest run first. Empty if there is no benchmarks folder. */
  public static List<Path> reports(Path dataFolder) {
    Path benchmarks = dataFolder.resolve("benchmarks");
    if (!Files.isDirectory(benchmarks)) {
      return List.of();
    }
    try (Stream<Path> runs = Files.list(benchmarks)) {
      return runs.filter(Files::isDirectory)
          .sorted(Comparator.comparing(p -> p.getFileName().toString(), RUN_ID_ORDER))
          .map(p -> p.resolve("report.json"))
          .filter(Files::isRegularFile)
          .toList();
    } catch (IOException e) {
      throw new ReportFormatException(benchmarks.toString(), "cannot list runs: " + e.getMessage(), e);
    }
  }

  /** The newest run's report.json, skipping the run {@code excludeRunId} (the run in progress; may be null). */
  public static Optional<Path> latest(Path dataFolder, String excludeRunId) {
    return fromNewest(dataFolder, excludeRunId, 0);
  }

  /** The second-newest run's report.json, skipping {@code excludeRunId} (may be null). */
  public static Optional<Path> previous(Path dataFolder, String excludeRunId) {
    return fromNewest(dataFolder, excludeRunId, 1);
  }

  /**
   * Resolves a {@code --compare-with} value: {@code latest}, {@code previous} or a path (relative paths against
   * {@code workingDir}). Throws {@link ReportFormatException} when the data folder holds too few runs or the file
   * does not exist.
   */
  public static Path resolve(String spec, Path dataFolder, Path workingDir, String excludeRunId) {
    if (spec.equals("latest") || spec.equals("previous")) {
      Optional<Path> found = spec.equals("latest") ? latest(dataFolder, excludeRunId)
          : previous(dataFolder, excludeRunId);
      return found.orElseThrow(() -> new ReportFormatException("--compare-with " + spec, "no "
          + (spec.equals("latest") ? "earlier run" : "second earlier run") + " with a report.json in "
          + dataFolder.resolve("benchmarks")));
    }
    Path file = workingDir.resolve(spec).normalize();
    if (!Files.isRegularFile(file)) {
      throw new ReportFormatException(file.toString(), "no such file (given as --compare-with " + spec + ")");
    }
    return file;
  }

  private static Optional<Path> fromNewest(Path dataFolder, String excludeRunId, int skip) {
    List<Path> candidates = reports(dataFolder).stream()
        .filter(p -> excludeRunId == null || !p.getParent().getFileName().toString().equals(excludeRunId))
        .toList();
    int index = candidates.size() - 1 - skip;
    return index < 0 ? Optional.empty() : Optional.of(candidates.get(index));
  }

  private static String base(String id) {
    Matcher m = RUN_ID.matcher(id);
    return m.matches() ? m.group(1) : id;
  }

  private static long suffix(String id) {
    Matcher m = RUN_ID.matcher(id);
    return m.matches() && m.group(2) != null ? Long.parseLong(m.group(2)) : 1;
  }
}
