package ai.trainloop.results;

import ai.trainloop.config.ProviderEntry;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes TrainLoop Studio's benchmark files into a run folder, so the existing Studio lists our
 * runs: one {@code <metric>.jsonl} per metric with a metadata line, one result line per (sample ×
 * model) that the metric scored — and per failed call of a sample whose tag the metric covers, as
 * an error — and a summary line (format: trainloop-formats.md, "Benchmark results that TrainLoop
 * Studio reads").
 *
 * <p>Reads the folder's results.jsonl in one streaming pass and fetches each sample's prompt from
 * samples.jsonl by offset, so memory holds one open file and a few counters per metric, plus the
 * sample ids. A metric passes a sample at a score of {@value ModelSummary#PASS_THRESHOLD} or more.
 * Fields we do not know (the call's start and end time, url, location) are null.
 */
public final class StudioCompatWriter {
  private static final Set<String> RESERVED = Set.of("results", "samples");

  /**
   * Writes the files and returns their paths, in the order metrics were first met.
   *
   * @param runDir the run folder holding results.jsonl and samples.jsonl
   */
  public List<Path> write(Path runDir, StudioRun run) throws IOException {
    Map<String, ProviderEntry> models = new LinkedHashMap<>();
    run.models().forEach(e -> models.put(e.id(), e));
    // each model's model_params as JSON, serialized once rather than on every line
    Map<String, String> params = new HashMap<>();
    models.forEach((id, e) -> params.put(id, json(StudioRun.modelParams(e))));
    Map<String, StudioMetricFile> files = new LinkedHashMap<>();
    Map<String, String> fileNames = new LinkedHashMap<>();
    try (SampleIndex samples = SampleIndex.open(runDir.resolve(SamplesJsonlWriter.FILE_NAME))) {
      ResultsJsonlReader.forEach(
          runDir.resolve(ResultsJsonlWriter.FILE_NAME),
          row -> writeRow(row, runDir, run, params, samples, files, fileNames));
      List<Path> written = new ArrayList<>();
      for (Map.Entry<String, StudioMetricFile> f : files.entrySet()) {
        Path target = runDir.resolve(fileNames.get(f.getKey()));
        try {
          f.getValue().finish(new ArrayList<>(models.keySet()));
        } catch (IOException e) {
          throw FileProblem.at(target, e);
        }
        written.add(target);
      }
      return written;
    } finally {
      for (StudioMetricFile f : files.values()) {
        f.close();
      }
    }
  }

  private void writeRow(
      ResultRow row,
      Path dir,
      StudioRun run,
      Map<String, String> params,
      SampleIndex samples,
      Map<String, StudioMetricFile> files,
      Map<String, String> fileNames)
      throws IOException {
    List<String> metrics =
        row.ok()
            ? new ArrayList<>(row.metrics().keySet())
            : run.metricsByTag().getOrDefault(row.tag(), List.of());
    if (metrics.isEmpty()) {
      return;
    }
    String input = samples.inputJson(row.sampleId());
    String modelParams =
        params.computeIfAbsent(row.modelId(), id -> json(StudioRun.modelParams(null)));
    for (String metric : metrics) {
      StudioMetricFile file = files.get(metric);
      if (file == null) {
        String name = fileName(metric, fileNames.values());
        fileNames.put(metric, name);
        try {
          file = new StudioMetricFile(dir, name, metric, run, totalSamples(metric, run, samples));
        } catch (IOException e) {
          throw FileProblem.at(dir.resolve(name), e);
        }
        files.put(metric, file);
      }
      try {
        file.result(row, input, modelParams);
      } catch (IOException e) {
        throw FileProblem.at(dir.resolve(fileNames.get(metric)), e);
      }
    }
  }

  private static String json(Map<String, Object> params) {
    try {
      return ReportJson.MAPPER.writeValueAsString(params);
    } catch (JsonProcessingException e) {
      // numbers only: failing to write them is a programming error
      throw new IllegalStateException(e);
    }
  }

  /** Samples whose tag this metric scores (all samples when no tag names it). */
  private static long totalSamples(String metric, StudioRun run, SampleIndex samples) {
    List<String> tags =
        run.metricsByTag().entrySet().stream()
            .filter(e -> e.getValue().contains(metric))
            .map(Map.Entry::getKey)
            .toList();
    return tags.isEmpty() ? samples.size() : samples.countWithTags(tags);
  }

  /**
   * A safe file name for a metric: characters other than letters, digits, {@code . _ -} become
   * {@code _}; a name that would overwrite the run's own results.jsonl or samples.jsonl, or another
   * metric's file, gets a suffix.
   */
  static String fileName(String metric, Collection<String> taken) {
    String base = metric.replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.isEmpty() || base.startsWith(".")) {
      base = "metric_" + base;
    }
    if (RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
      base = base + "_metric";
    }
    Set<String> used = new HashSet<>();
    taken.forEach(t -> used.add(t.toLowerCase(Locale.ROOT)));
    String name = base + ".jsonl";
    for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
      name = base + "-" + i + ".jsonl";
    }
    return name;
  }
}
