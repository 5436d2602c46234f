package ai.trainloop.results;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes report.json (SCHEMA.md, schema_version 1) with a streaming generator: the header, sample
 * counts and config from a {@link RunInfo}, {@code models[]} from the {@link ModelSummary}s (with
 * {@link ReportExtras} merged in), and {@code results[]} re-read from results.jsonl one line at a
 * time, without {@code response}, so memory does not grow with the run. Money is written as exact
 * decimals in plain notation; unknown figures are {@code null}. With cost tracking off, each
 * model's {@code cost} is {@code null}.
 */
public final class ReportWriter {
  /** The file name inside a run folder. */
  public static final String FILE_NAME = "report.json";

  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper EXTRAS =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  /**
   * What one write did.
   *
   * @param results result lines copied into {@code results[]}
   * @param malformedLines lines of results.jsonl skipped because they were not a complete result
   */
  public record Stats(long results, long malformedLines) {}

  private final String toolVersion;

  /** A writer that names the tool as {@code trainloop} at {@code toolVersion}. */
  public ReportWriter(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  /**
   * Writes the report to {@code reportFile}, atomically: readers see the previous file or the whole
   * new one, never a half-written one.
   *
   * @param resultsJsonl the run's results.jsonl; null or missing gives an empty {@code results[]}
   */
  public Stats write(
      Path reportFile,
      RunInfo run,
      List<ModelSummary> models,
      ReportExtras extras,
      Path resultsJsonl)
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
        stats = write(out, run, models, extras, resultsJsonl);
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
  public Stats write(
      OutputStream out,
      RunInfo run,
      List<ModelSummary> models,
      ReportExtras extras,
      Path resultsJsonl)
      throws IOException {
    ReportExtras ex = extras == null ? ReportExtras.NONE : extras;
    try (JsonGenerator g = ReportJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(prettyPrinter());
      g.writeStartObject();
      ReportHeaderJson.write(g, run, toolVersion, SCHEMA_VERSION);
      boolean trackCosts = run.config() == null || run.config().trackCosts();
      g.writeArrayFieldStart("models");
      for (ModelSummary m : models) {
        ObjectNode node = ModelJson.of(m, trackCosts);
        Object extra = ex.perModel().get(m.id());
        if (extra != null) {
          ModelJson.mergeInto(node, EXTRAS.valueToTree(extra));
        }
        g.writeTree(node);
      }
      g.writeEndArray();
      g.writeFieldName("recommendation");
      EXTRAS.writeValue(g, ex.recommendation());
      g.writeFieldName("comparisons");
      EXTRAS.writeValue(g, ex.comparisons() == null ? List.of() : ex.comparisons());
      g.writeFieldName("baseline");
      EXTRAS.writeValue(g, ex.baseline());
      if (ex.judge() != null) {
        g.writeFieldName("judge");
        EXTRAS.writeValue(g, ex.judge());
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
