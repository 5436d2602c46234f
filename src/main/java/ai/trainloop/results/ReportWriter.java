package ai.trainloop.results;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes report.json (SCHEMA.md, schema_version {@value ReportJson#SCHEMA_VERSION}) from a {@link
 * ReportSummary} with a streaming generator: the header, sample counts and config, {@code models[]}
 * ({@link ModelJson}), the recommendation and the rendered comparisons, then {@code results[]}
 * re-read from results.jsonl one line at a time, without {@code response}, so memory does not grow
 * with the run. Money is written as exact decimals in plain notation; unknown figures are {@code
 * null}. With cost tracking off, each model's {@code cost} is {@code null}. {@link SavedRunReader}
 * reads it back into the same records.
 */
public final class ReportWriter {
  /** The file name inside a run folder. */
  public static final String FILE_NAME = "report.json";

  /**
   * What one write did.
   *
   * @param results result lines copied into {@code results[]}
   * @param malformedLines lines of results.jsonl skipped because they were not a complete result
   */
  public record Stats(long results, long malformedLines) {}

  private ReportWriter() {}

  /**
   * Writes the report to {@code reportFile}, atomically: readers see the previous file or the whole
   * new one, never a half-written one.
   *
   * @param resultsJsonl the run's results.jsonl; null or missing gives an empty {@code results[]}
   */
  public static Stats write(Path reportFile, ReportSummary report, Path resultsJsonl)
      throws IOException {
    Path dir = reportFile.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // a hidden name of our own rather than createTempFile, whose owner-only permissions would stick
    // to the report
    Path tmp =
        dir.resolve(
            "."
                + reportFile.getFileName()
                + "."
                + ProcessHandle.current().pid()
                + "-"
                + System.nanoTime()
                + ".tmp");
    try {
      Stats stats;
      try (OutputStream out =
          Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        stats = write(out, report, resultsJsonl);
      }
      try {
        Files.move(
            tmp, reportFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, reportFile, StandardCopyOption.REPLACE_EXISTING);
      }
      return stats;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes the report to {@code out} (left open). */
  public static Stats write(OutputStream out, ReportSummary report, Path resultsJsonl)
      throws IOException {
    try (JsonGenerator g = ReportJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(prettyPrinter());
      g.writeStartObject();
      RunInfo run = report.run();
      ReportHeaderJson.write(g, run, report.toolVersion(), ReportJson.SCHEMA_VERSION);
      boolean trackCosts = run.config() == null || run.config().trackCosts();
      g.writeArrayFieldStart("models");
      for (ModelSummary m : report.models()) {
        g.writeTree(ModelJson.of(m, trackCosts));
      }
      g.writeEndArray();
      recommendation(g, report.recommendation());
      g.writeFieldName("comparisons");
      if (report.comparisons() == null) {
        g.writeStartArray();
        g.writeEndArray();
      } else {
        g.writeTree(report.comparisons());
      }
      g.writeFieldName("baseline");
      if (report.baseline() == null) {
        g.writeNull();
      } else {
        g.writeTree(report.baseline());
      }
      if (report.judge() != null) {
        g.writeFieldName("judge");
        g.writeTree(report.judge());
      }
      if (report.ab() != null) {
        g.writeFieldName("ab");
        g.writeTree(report.ab());
      }
      g.writeArrayFieldStart("results");
      ResultsJsonlReader.Stats read = new ResultsJsonlReader.Stats(0, 0);
      if (resultsJsonl != null && Files.exists(resultsJsonl)) {
        read = ResultsJsonlReader.forEach(resultsJsonl, row -> ResultRowJson.write(g, row, false));
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
      return new Stats(read.rows(), read.malformed());
    }
  }

  private static void recommendation(JsonGenerator g, RecommendedModel r) throws IOException {
    g.writeFieldName("recommendation");
    if (r == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("model_id", r.modelId());
    g.writeFieldName("composite");
    ResultRowJson.writeNumber(g, r.composite());
    g.writeStringField("reason", r.reason());
    g.writeEndObject();
  }

  /**
   * Copies a written report to {@code target} ({@code --output FILE}), creating its folder,
   * replacing a file.
   */
  public static void copy(Path reportFile, Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    // written into, not replaced: a target such as /dev/null stays what it is
    try (var out = Files.newOutputStream(target)) {
      Files.copy(reportFile, out);
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter p =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    p.indentObjectsWith(indenter);
    p.indentArraysWith(indenter);
    return p;
  }
}
