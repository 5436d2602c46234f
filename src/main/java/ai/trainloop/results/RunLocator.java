package ai.trainloop.results;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds past runs in {@code <data_folder>/benchmarks/<run_id>/report.json} and resolves the value
 * of {@code --compare-with}: {@code latest} (the newest run), {@code previous} (the second newest)
 * or a file path. Runs are ordered by {@link RunOrder}: by their report's {@code started_at}, then
 * by run_id, the folder name {@code YYYY-MM-DD_HH-MM-SS} with an optional {@code -N} suffix
 * compared as a number, so {@code …-00-10} comes after {@code …-00-2}. A run whose report.json
 * cannot be read is never {@code latest} or {@code previous}.
 */
public final class RunLocator {
  private static final Pattern RUN_ID =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})(?:-(\\d+))?");

  /**
   * Orders run ids by name, oldest first; ids not in the run_id format sort before all others. Runs
   * are ordered by {@link RunOrder}, which uses this only between runs that started at the same
   * time.
   */
  public static final Comparator<String> RUN_ID_ORDER =
      Comparator.comparing((String id) -> RUN_ID.matcher(id).matches())
          .thenComparing(id -> base(id))
          .thenComparingLong(id -> suffix(id));

  private RunLocator() {}

  /**
   * A run folder holding a report.json.
   *
   * @param report its report.json
   * @param runId the folder name
   * @param startedAt the report's started_at, or null when it has none or cannot be read
   * @param problem why the report cannot be read (naming the file), or null when it can
   */
  public record Run(Path report, String runId, Instant startedAt, String problem) {
    /** Whether the report could be read. */
    public boolean readable() {
      return problem == null;
    }
  }

  /** Every run folder with a report.json, oldest first ({@link RunOrder}), readable or not. */
  public static List<Run> runs(Path dataFolder) {
    Path benchmarks = dataFolder.resolve("benchmarks");
    if (!Files.isDirectory(benchmarks)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> runs = Files.list(benchmarks)) {
      files =
          runs.filter(Files::isDirectory)
              .map(p -> p.resolve("report.json"))
              .filter(Files::isRegularFile)
              .toList();
    } catch (IOException e) {
      throw new ReportFormatException(
          benchmarks.toString(), "cannot list runs: " + e.getMessage(), e);
    }
    return files.stream()
        .map(RunLocator::run)
        .sorted(RunOrder.oldestFirst(Run::runId, Run::startedAt, ZoneId.systemDefault()))
        .toList();
  }

  /**
   * report.json files of the runs whose report can be read, oldest run first. Empty without a
   * benchmarks folder.
   */
  public static List<Path> reports(Path dataFolder) {
    return runs(dataFolder).stream().filter(Run::readable).map(Run::report).toList();
  }

  /**
   * Reads the report's started_at, going through the whole file so that a truncated one is found.
   */
  private static Run run(Path report) {
    String runId = report.getParent().getFileName().toString();
    try {
      ObjectNode head = ReportJsonReader.summary(report);
      if (head == null) {
        return new Run(
            report, runId, null, report + ": not a trainloop report.json (expected a JSON object)");
      }
      JsonNode startedAt = head.get("started_at");
      return new Run(
          report,
          runId,
          RunOrder.parse(startedAt == null ? null : startedAt.asText()).orElse(null),
          null);
    } catch (JacksonException e) {
      return new Run(report, runId, null, report + ": not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return new Run(report, runId, null, report + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * The newest run's report.json, skipping the run {@code excludeRunId} (the run in progress; may
   * be null).
   */
  public static Optional<Path> latest(Path dataFolder, String excludeRunId) {
    return fromNewest(dataFolder, excludeRunId, 0);
  }

  /** The second-newest run's report.json, skipping {@code excludeRunId} (may be null). */
  public static Optional<Path> previous(Path dataFolder, String excludeRunId) {
    return fromNewest(dataFolder, excludeRunId, 1);
  }

  /**
   * Resolves a {@code --compare-with} value: {@code latest}, {@code previous} or a path (relative
   * paths against {@code workingDir}). Throws {@link ReportFormatException} when the data folder
   * holds too few runs or the file does not exist.
   */
  public static Path resolve(String spec, Path dataFolder, Path workingDir, String excludeRunId) {
    if (spec.equals("latest") || spec.equals("previous")) {
      Optional<Path> found =
          spec.equals("latest")
              ? latest(dataFolder, excludeRunId)
              : previous(dataFolder, excludeRunId);
      return found.orElseThrow(
          () ->
              new ReportFormatException(
                  "--compare-with " + spec,
                  "no "
                      + (spec.equals("latest") ? "earlier run" : "second earlier run")
                      + " with a report.json in "
                      + dataFolder.resolve("benchmarks")
                      + unreadable(dataFolder)));
    }
    Path file = workingDir.resolve(spec).normalize();
    if (!Files.isRegularFile(file)) {
      throw new ReportFormatException(
          file.toString(), "no such file (given as --compare-with " + spec + ")");
    }
    return file;
  }

  /** "; skipped 2 unreadable: <the newest one's problem>", or "" when every report can be read. */
  private static String unreadable(Path dataFolder) {
    List<Run> bad = runs(dataFolder).stream().filter(r -> !r.readable()).toList();
    return bad.isEmpty()
        ? ""
        : "; skipped "
            + bad.size()
            + " whose report cannot be read, the newest: "
            + bad.get(bad.size() - 1).problem();
  }

  private static Optional<Path> fromNewest(Path dataFolder, String excludeRunId, int skip) {
    List<Path> candidates =
        runs(dataFolder).stream()
            .filter(r -> r.readable() && (excludeRunId == null || !r.runId().equals(excludeRunId)))
            .map(Run::report)
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
