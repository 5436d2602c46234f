package ai.trainloop.report.studio;

import ai.trainloop.report.JsonLinesInput;
import ai.trainloop.report.ResultRow;
import ai.trainloop.report.ResultRowJson;
import ai.trainloop.report.ResultsJsonlReader;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a run's files. report.json can hold one row per (sample, model), so the summary is read with a streaming
 * parser that skips `results[]` instead of building it, and rows go through the shared codec
 * ({@link ResultRowJson}); JSON Lines files are read line by line through {@link JsonLinesInput}.
 */
final class ReportReader {
  private ReportReader() {}

  /** report.json without its `results` array; throws IOException naming the file when it is not a JSON object. */
  static ObjectNode summary(Path reportJson) throws IOException {
    ObjectNode out = StudioJson.MAPPER.createObjectNode();
    try (JsonParser parser = StudioJson.MAPPER.createParser(reportJson.toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(reportJson + ": not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("results".equals(name) && value == JsonToken.START_ARRAY) {
          parser.skipChildren();
        } else {
          out.set(name, StudioJson.MAPPER.readTree(parser));
        }
      }
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(reportJson + ": " + e.getOriginalMessage(), e);
    }
    return out;
  }

  /** Calls {@code each} with every row of report.json's `results` array (responses are not in report.json). */
  static void forEachReportResult(Path reportJson, Consumer<ResultRow> each) throws IOException {
    try (JsonParser parser = StudioJson.MAPPER.createParser(reportJson.toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("results".equals(name) && value == JsonToken.START_ARRAY) {
          for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            each.accept(ResultRowJson.read(StudioJson.MAPPER.readTree(parser), "results[" + i + "]"));
          }
          return;
        }
        parser.skipChildren();
      }
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(reportJson + ": " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IOException(reportJson + ": " + e.getMessage(), e);
    }
  }

  /**
   * Calls {@code each} with every row of results.jsonl; a line that is not a result (say the half-written last
   * line of an interrupted run) is skipped and counted.
   *
   * @return the number of lines skipped
   */
  static long forEachResultLine(Path resultsJsonl, Consumer<ResultRow> each) throws IOException {
    return ResultsJsonlReader.forEach(resultsJsonl, each::accept).malformed();
  }

  /**
   * Calls {@code each} with every line of a JSON Lines file read as {@code type}; a line that does not parse, or
   * is JSON null, is skipped and counted.
   *
   * @return the number of lines skipped
   */
  static <T> long forEachLine(Path jsonl, Class<T> type, Consumer<T> each) throws IOException {
    ObjectReader read = StudioJson.MAPPER.readerFor(type);
    long[] skipped = {0};
    JsonLinesInput.forEach(jsonl, (line, number) -> {
      T value = read.readValue(line);
      if (value == null) {
        throw new IllegalArgumentException("line " + number + ": null");
      }
      return value;
    }, each::accept, (number, last, problem) -> skipped[0]++);
    return skipped[0];
  }
}
