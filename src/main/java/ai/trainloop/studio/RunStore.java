package ai.trainloop.studio;

import ai.trainloop.config.RepeatReducer;
import ai.trainloop.results.ConfigSummary;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ReportSummary;
import ai.trainloop.results.RunOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The runs of one data folder ({@code <data_folder>/benchmarks/<run_id>/}). Only three fixed file
 * names are ever read inside a run folder, and a run id must be a plain folder name directly under
 * benchmarks/. Summaries are cached until their file changes; the heavier {@link RunIndex} of the
 * few most recently opened runs is kept too.
 */
final class RunStore {
  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  private static final int INDEXES_KEPT = 3;

  private final Path benchmarks;
  private final Map<String, Cached<StudioReport>> reports = new HashMap<>();
  private final Map<String, Cached<RunIndex>> indexes =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached<RunIndex>> eldest) {
          return size() > INDEXES_KEPT;
        }
      };

  RunStore(Path dataFolder) {
    this.benchmarks = dataFolder.toAbsolutePath().normalize().resolve("benchmarks");
  }

  Path benchmarks() {
    return benchmarks;
  }

  /**
   * Ids of every run folder holding a report.json or results.jsonl, newest first, in the order
   * comparisons and history use ({@link RunOrder}: by the report's started_at; a run without one,
   * still running or unreadable, by the time its folder name reads as here).
   */
  List<String> runIds() throws IOException {
    if (!Files.isDirectory(benchmarks)) {
      return List.of();
    }
    List<String> ids;
    try (Stream<Path> children = Files.list(benchmarks)) {
      ids =
          children
              .filter(Files::isDirectory)
              .map(p -> p.getFileName().toString())
              .filter(id -> RUN_ID.matcher(id).matches())
              .filter(
                  id ->
                      Files.isRegularFile(benchmarks.resolve(id).resolve("report.json"))
                          || Files.isRegularFile(benchmarks.resolve(id).resolve("results.jsonl")))
              .toList();
    }
    Map<String, Instant> started = new HashMap<>();
    ids.forEach(id -> started.put(id, startedAt(id)));
    return ids.stream()
        .sorted(
            RunOrder.oldestFirst((String id) -> id, started::get, ZoneId.systemDefault())
                .reversed())
        .toList();
  }

  /**
   * The run's started_at from its (cached) report summary; null when there is none or it cannot be
   * read.
   */
  private Instant startedAt(String runId) {
    try {
      return report(runId)
          .map(StudioReport::summary)
          .map(summary -> summary.run().startedAt())
          .orElse(null);
    } catch (IOException | RuntimeException e) {
      return null; // listed all the same; its page says what is wrong with it
    }
  }

  /**
   * A problem's message for a page: paths inside benchmarks/ relative to it (a run's folder and
   * file, never where the data folder lives on this machine).
   */
  String problem(Throwable problem) {
    String message =
        problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
    return message.replace(benchmarks + benchmarks.getFileSystem().getSeparator(), "");
  }

  /**
   * The run's folder, or empty when the id is not a plain name of an existing folder under
   * benchmarks/.
   */
  Optional<Path> folder(String runId) throws IOException {
    if (runId == null || !RUN_ID.matcher(runId).matches() || runId.contains("..")) {
      return Optional.empty();
    }
    Path folder = benchmarks.resolve(runId).normalize();
    if (!folder.getParent().equals(benchmarks) || !Files.isDirectory(folder)) {
      return Optional.empty();
    }
    if (!folder.toRealPath().getParent().equals(benchmarks.toRealPath())) {
      return Optional.empty(); // a symbolic link leading out of benchmarks/
    }
    return Optional.of(folder);
  }

  /**
   * report.json without its results array; for a run with no report.json yet (still running, or
   * killed) {@link StudioReport#missing}.
   */
  synchronized Optional<StudioReport> report(String runId) throws IOException {
    Optional<Path> folder = folder(runId);
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    Path file = folder.get().resolve("report.json");
    if (!Files.isRegularFile(file)) {
      return Optional.of(StudioReport.missing(runId));
    }
    String stamp = stamp(file);
    Cached<StudioReport> cached = reports.get(runId);
    if (cached == null || !cached.stamp().equals(stamp)) {
      cached = new Cached<>(stamp, StudioReportReader.summary(file));
      reports.put(runId, cached);
    }
    return Optional.of(cached.value());
  }

  /** The run's samples and results, read once and re-read only when one of its files changed. */
  synchronized Optional<RunIndex> index(String runId) throws IOException {
    Optional<StudioReport> report = report(runId);
    if (report.isEmpty()) {
      return Optional.empty();
    }
    Path folder = benchmarks.resolve(runId);
    String stamp =
        stamp(folder.resolve("samples.jsonl"))
            + stamp(folder.resolve("results.jsonl"))
            + stamp(folder.resolve("report.json"));
    Cached<RunIndex> cached = indexes.get(runId);
    if (cached == null || !cached.stamp().equals(stamp)) {
      cached = new Cached<>(stamp, loadIndex(folder, report.get().summary()));
      indexes.put(runId, cached);
    }
    return Optional.of(cached.value());
  }

  /**
   * Reads a run folder's index, with the report's models and metrics first and in the report's
   * order.
   *
   * @param report the run's report; null when it has none yet
   */
  static RunIndex loadIndex(Path folder, ReportSummary report) throws IOException {
    List<String> models = new ArrayList<>();
    List<String> metrics = new ArrayList<>();
    for (ModelSummary model : report == null ? List.<ModelSummary>of() : report.models()) {
      models.add(model.id());
      model
          .metrics()
          .keySet()
          .forEach(
              m -> {
                if (!metrics.contains(m)) {
                  metrics.add(m);
                }
              });
    }
    ConfigSummary config = report == null ? null : report.run().config();
    return RunIndex.load(
        folder, models, metrics, config == null ? null : RepeatReducer.of(config.repeatReducer()));
  }

  private static String stamp(Path file) throws IOException {
    return Files.isRegularFile(file)
        ? Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file) + ";"
        : "-;";
  }

  private record Cached<T>(String stamp, T value) {}
}
