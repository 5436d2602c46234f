package ai.trainloop.report.studio;

import ai.trainloop.report.ResultRow;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads a run's files. report.json can hold one row per (sample, model), so the summary is read with a streaming
 * parser that skips `results[]` instead of building it; JSON Lines files are read line by line.
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
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            each.accept(StudioJson.MAPPER.readValue(parser, ResultRow.class));
          }
          return;
        }
        parser.skipChildren();
      }
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException(reportJson + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Calls {@code each} with every line of a JSON Lines file read as {@code type}; a line that does not parse (say
   * the half-written last line of an interrupted run) is skipped and counted.
   *
   * @return the number of lines skipped
   */
  static <T> int forEachLine(Path jsonl, Class<T> type, Consumer<T> each) throws IOException {
    int skipped = 0;
    ObjectReader read = StudioJson.MAPPER.readerFor(type);
    try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        T value;
        try {
          value = read.readValue(line);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
          skipped++;
          continue;
        }
        if (value == null) {
          skipped++;
        } else {
          each.accept(value);
        }
      }
    }
    return skipped;
  }
}
