package ai.trainloop.report.compare;

import ai.trainloop.report.ResultRow;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run's results.jsonl (one result row per line) for within-run comparisons. Blank lines are skipped; a
 * line cut short by an interrupted run is the last line and is skipped too; any other bad line is an error naming
 * the file and line.
 */
public final class ResultsJsonl {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private ResultsJsonl() {}

  /** All rows of the file, in file order. */
  public static List<ResultRow> read(Path file) {
    String source = file.toString();
    List<String> lines;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      lines = reader.lines().toList();
    } catch (NoSuchFileException e) {
      throw new ReportFormatException(source, "no such file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new ReportFormatException(source, "cannot read: " + e.getMessage(), e);
    }
    List<ResultRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      try {
        rows.add(ResultRowJson.parse(source, "line " + (i + 1), MAPPER.readTree(line)));
      } catch (JacksonException e) {
        if (i == lines.size() - 1) {
          break;
        }
        throw new ReportFormatException(source, "line " + (i + 1) + ": not valid JSON: " + e.getOriginalMessage(), e);
      }
    }
    return rows;
  }
}
