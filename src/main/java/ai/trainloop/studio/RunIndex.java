package ai.trainloop.studio;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.RepeatReducer;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.SampleRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's samples and results, read once from samples.jsonl and results.jsonl (or report.json's
 * `results` when results.jsonl is gone) and kept in memory so the samples page can filter and page
 * without re-reading files.
 */
final class RunIndex {
  /**
   * One benchmarked prompt with every model's outcome.
   *
   * @param id the sample id
   * @param tag its tag
   * @param input the recorded prompt's messages (empty when samples.jsonl is missing)
   * @param recordedOutput the reply recorded in production, or null
   * @param recordedModel the model that produced it, or null
   * @param results one entry per model of the run's index, in its order; null where that model has
   *     no result
   */
  record Sample(
      String id,
      String tag,
      List<ChatMessage> input,
      String recordedOutput,
      String recordedModel,
      List<ResultRow> results) {}

  /** One line of samples.jsonl, as the runner writes it before the first call. */
  record Line(
      String sampleId,
      String tag,
      List<LineMessage> input,
      String recordedOutput,
      String recordedModel) {}

  /** A message of samples.jsonl: its role and its text, as the runner writes them. */
  record LineMessage(String role, String content) {
    ChatMessage toMessage() {
      return new ChatMessage(role == null ? "" : role, content);
    }
  }

  private final List<String> models;
  private final List<String> metrics;
  private final List<String> tags;
  private final List<Sample> samples;
  private final int skippedLines;

  private RunIndex(
      List<String> models,
      List<String> metrics,
      List<String> tags,
      List<Sample> samples,
      int skipped) {
    this.models = List.copyOf(models);
    this.metrics = List.copyOf(metrics);
    this.tags = List.copyOf(tags);
    this.samples = Collections.unmodifiableList(samples);
    this.skippedLines = skipped;
  }

  /**
   * Reads a run folder.
   *
   * @param runFolder the run's folder
   * @param knownModels model ids in report order (first in the index), may be empty
   * @param knownMetrics metric names in report order, may be empty
   */
  static RunIndex load(Path runFolder, List<String> knownModels, List<String> knownMetrics)
      throws IOException {
    return load(runFolder, knownModels, knownMetrics, null);
  }

  /**
   * As {@link #load(Path, List, List)}; a run with repeats shows each sample once per model, its
   * repeats folded by {@code reducer} (null: the mean) to its reduced score, with its first
   * successful repeat's reply.
   */
  static RunIndex load(
      Path runFolder, List<String> knownModels, List<String> knownMetrics, RepeatReducer reducer)
      throws IOException {
    Map<String, Line> lines = new LinkedHashMap<>();
    Map<String, ResultRow[]> rows = new LinkedHashMap<>();
    List<String> models = new ArrayList<>(knownModels);
    Set<String> metrics = new LinkedHashSet<>(knownMetrics);
    long skipped = 0;
    Path samplesFile = runFolder.resolve("samples.jsonl");
    if (Files.isRegularFile(samplesFile)) {
      skipped +=
          StudioReportReader.forEachLine(
              samplesFile,
              Line.class,
              line -> {
                if (line.sampleId() != null) {
                  lines.putIfAbsent(line.sampleId(), line);
                }
              });
    }
    SampleRows repeated = SampleRows.keepingReplies(reducer);
    java.util.function.Consumer<ResultRow> place =
        row -> {
          if (row.sampleId() == null || row.modelId() == null) {
            return;
          }
          int model = models.indexOf(row.modelId());
          if (model < 0) {
            models.add(row.modelId());
            model = models.size() - 1;
          }
          if (row.metrics() != null) {
            metrics.addAll(row.metrics().keySet());
          }
          ResultRow[] forSample =
              rows.computeIfAbsent(row.sampleId(), id -> new ResultRow[models.size()]);
          if (forSample.length <= model) {
            forSample = Arrays.copyOf(forSample, models.size());
            rows.put(row.sampleId(), forSample);
          }
          forSample[model] = row;
        };
    java.util.function.Consumer<ResultRow> add =
        row -> {
          if (row.repeat() != null && row.sampleId() != null && row.modelId() != null) {
            repeated.add(row);
          } else {
            place.accept(row);
          }
        };
    Path results = runFolder.resolve("results.jsonl");
    Path report = runFolder.resolve("report.json");
    if (Files.isRegularFile(results)) {
      skipped += StudioReportReader.forEachResultLine(results, add);
    } else if (Files.isRegularFile(report)) {
      StudioReportReader.forEachReportResult(report, add);
    }
    repeated.rows().forEach(place);
    return new RunIndex(
        models,
        new ArrayList<>(metrics),
        tagsOf(lines, rows),
        join(lines, rows, models),
        (int) Math.min(skipped, Integer.MAX_VALUE));
  }

  private static List<Sample> join(
      Map<String, Line> lines, Map<String, ResultRow[]> rows, List<String> models) {
    List<Sample> out = new ArrayList<>(rows.size());
    Set<String> order = new LinkedHashSet<>(lines.keySet());
    order.addAll(rows.keySet());
    for (String id : order) {
      ResultRow[] forSample = rows.get(id);
      if (forSample == null) {
        continue; // benchmarked but never answered (run stopped early): nothing to compare
      }
      Line line = lines.get(id);
      String tag = line != null && line.tag() != null ? line.tag() : firstTag(forSample);
      List<ChatMessage> input =
          line == null || line.input() == null
              ? List.of()
              : line.input().stream().map(LineMessage::toMessage).toList();
      out.add(
          new Sample(
              id,
              tag,
              input,
              line == null ? null : line.recordedOutput(),
              line == null ? null : line.recordedModel(),
              Collections.unmodifiableList(
                  Arrays.asList(Arrays.copyOf(forSample, models.size())))));
    }
    return out;
  }

  private static List<String> tagsOf(Map<String, Line> lines, Map<String, ResultRow[]> rows) {
    Set<String> tags = new java.util.TreeSet<>();
    lines.values().stream().map(Line::tag).filter(t -> t != null).forEach(tags::add);
    rows.values().stream().map(RunIndex::firstTag).filter(t -> t != null).forEach(tags::add);
    return new ArrayList<>(tags);
  }

  private static String firstTag(ResultRow[] forSample) {
    return Arrays.stream(forSample)
        .filter(r -> r != null && r.tag() != null)
        .map(ResultRow::tag)
        .findFirst()
        .orElse(null);
  }

  List<String> models() {
    return models;
  }

  List<String> metrics() {
    return metrics;
  }

  List<String> tags() {
    return tags;
  }

  List<Sample> samples() {
    return samples;
  }

  /** Lines of samples.jsonl / results.jsonl that did not parse and were left out. */
  int skippedLines() {
    return skippedLines;
  }
}
