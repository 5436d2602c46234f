package ai.trainloop.studio;

import ai.trainloop.results.JsonLinesInput;
import ai.trainloop.results.ReportFormatException;
import ai.trainloop.results.ReportJsonReader;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.ResultsJsonlReader;
import ai.trainloop.results.SavedRunReader;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The studio's reading of a run's files, on the results package's readers: report.json through
 * {@link ReportJsonReader} and {@link SavedRunReader} (the summary without `results[]` as records
 * and as written, or the rows one at a time), JSON Lines files through {@link JsonLinesInput}. A
 * problem is an IOException naming the file; a bad JSON Lines line is skipped and counted.
 */
final class StudioReportReader {
  private StudioReportReader() {}

  /**
   * report.json without its `results` array, read as records and kept as written; throws
   * IOException naming the file when it is not a report this version reads (not JSON, another
   * schema_version, a field of the wrong type).
   */
  static StudioReport summary(Path reportJson) throws IOException {
    ObjectNode json;
    try {
      json = ReportJsonReader.summary(reportJson);
    } catch (JacksonException e) {
      throw new IOException(reportJson + ": " + e.getOriginalMessage(), e);
    }
    if (json == null) {
      throw new IOException(reportJson + ": not a JSON object");
    }
    try {
      return new StudioReport(SavedRunReader.summaryOf(json, reportJson.toString()), json);
    } catch (ReportFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * Calls {@code each} with every row of report.json's `results` array (responses are not in
   * report.json).
   */
  static void forEachReportResult(Path reportJson, Consumer<ResultRow> each) throws IOException {
    try {
      ReportJsonReader.forEachResult(reportJson, each::accept);
    } catch (JacksonException e) {
      throw new IOException(reportJson + ": " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IOException(reportJson + ": " + e.getMessage(), e);
    }
  }

  /**
   * Calls {@code each} with every row of results.jsonl; a line that is not a result (say the
   * half-written last line of an interrupted run) is skipped and counted.
   *
   * @return the number of lines skipped
   */
  static long forEachResultLine(Path resultsJsonl, Consumer<ResultRow> each) throws IOException {
    return ResultsJsonlReader.forEach(resultsJsonl, each::accept).malformed();
  }

  /**
   * Calls {@code each} with every line of a JSON Lines file read as {@code type}; a line that does
   * not parse, or is JSON null, is skipped and counted.
   *
   * @return the number of lines skipped
   */
  static <T> long forEachLine(Path jsonl, Class<T> type, Consumer<T> each) throws IOException {
    ObjectReader read = StudioJson.MAPPER.readerFor(type);
    long[] skipped = {0};
    JsonLinesInput.forEach(
        jsonl,
        (line, number) -> {
          T value = read.readValue(line);
          if (value == null) {
            throw new IllegalArgumentException("line " + number + ": null");
          }
          return value;
        },
        each::accept,
        (number, last, problem) -> skipped[0]++);
    return skipped[0];
  }
}
