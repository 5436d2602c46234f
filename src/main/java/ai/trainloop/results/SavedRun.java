package ai.trainloop.results;

import ai.trainloop.config.RepeatReducer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A whole report.json as records: its {@link ReportSummary} and its rows. Read back from a file
 * ({@link SavedRunReader}) for comparison, history and JUnit output, or built in memory for the run
 * being reported ({@link #of}), as it will read back once written.
 *
 * @param source where it was read from (file path, or a name for an in-memory report)
 * @param summary everything but the rows
 * @param results {@code results[]}, one row per (sample, model); {@code response} is always null
 *     here
 */
public record SavedRun(String source, ReportSummary summary, List<ResultRow> results) {

  public SavedRun {
    Objects.requireNonNull(summary, "summary");
    results = List.copyOf(results);
  }

  /**
   * The report {@code summary} will be once written with the rows of {@code resultsJsonl}: the rows
   * as the writer copies them (without {@code response}, lines that are not a result left out).
   *
   * @param source the report's path, which names it in comparisons
   */
  public static SavedRun of(String source, ReportSummary summary, Path resultsJsonl)
      throws IOException {
    List<ResultRow> rows = new ArrayList<>();
    ResultsJsonlReader.forEach(resultsJsonl, row -> rows.add(row.withoutResponse()));
    return new SavedRun(source, summary, rows);
  }

  /** {@code run_id}. */
  public String runId() {
    return summary.run().runId();
  }

  /** {@code started_at}; null when unknown. */
  public Instant startedAt() {
    return summary.run().startedAt();
  }

  /** {@code complete}. */
  public boolean complete() {
    return summary.run().complete();
  }

  /** {@code models[]}. */
  public List<ModelSummary> models() {
    return summary.models();
  }

  /** The {@code models[]} entry with this id, if any. */
  public Optional<ModelSummary> model(String id) {
    return models().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** Rows of one model, in file order. */
  public List<ResultRow> resultsOf(String modelId) {
    return results.stream().filter(r -> r.modelId().equals(modelId)).toList();
  }

  /**
   * One row per sample of {@code modelId}, its repeats reduced by the run's reducer ({@link
   * SampleRows}): what every comparison over samples pairs. The rows themselves when the run had no
   * repeats.
   */
  public List<ResultRow> samplesOf(String modelId) {
    return SampleRows.fold(resultsOf(modelId), reducer());
  }

  /** How the run reduced a sample's repeats: its {@code config.repeat_reducer}, else the mean. */
  public RepeatReducer reducer() {
    ConfigSummary config = summary.run().config();
    RepeatReducer r = config == null ? null : RepeatReducer.of(config.repeatReducer());
    return r == null ? RepeatReducer.MEAN : r;
  }

  /** Every sample id that has a row, in first-seen order. */
  public Set<String> sampleIds() {
    Set<String> ids = new LinkedHashSet<>();
    results.forEach(r -> ids.add(r.sampleId()));
    return ids;
  }

  /**
   * Model ids of {@code models[]}, then any that only appear in {@code results[]}, in first-seen
   * order.
   */
  public List<String> modelIds() {
    Set<String> ids = new LinkedHashSet<>();
    models().forEach(m -> ids.add(m.id()));
    results.forEach(r -> ids.add(r.modelId()));
    return List.copyOf(ids);
  }
}
