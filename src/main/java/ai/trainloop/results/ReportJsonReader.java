package ai.trainloop.results;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a report.json with a streaming parser, for everything that reads reports back (comparisons,
 * history, the studio). report.json holds one row per (sample, model), so the rest of the report
 * ({@link #summary}) is read without building {@code results[]}, and the rows ({@link
 * #forEachResult}) are handed over one at a time through the one row codec, {@link ResultRowJson}.
 * Decimals are read as {@link java.math.BigDecimal} as written ({@link ReportJson}), so costs stay
 * exact. The records these trees become are read by {@link SavedRunReader}.
 */
public final class ReportJsonReader {
  private static final ObjectMapper MAPPER = ReportJson.MAPPER;

  private ReportJsonReader() {}

  /**
   * Every top-level field of the report but {@code results[]}, which is skipped unbuilt (a {@code
   * results} that is not an array is kept, for the caller to reject).
   *
   * @return the fields, or null when the file's value is not a JSON object
   * @throws JacksonException when the file is not valid JSON (the whole file is checked, results
   *     included)
   */
  public static ObjectNode summary(Path file) throws IOException {
    try (JsonParser parser = MAPPER.createParser(file.toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      ObjectNode out = MAPPER.createObjectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("results".equals(name) && value == JsonToken.START_ARRAY) {
          parser.skipChildren();
        } else {
          out.set(name, MAPPER.readTree(parser));
        }
      }
      return out;
    }
  }

  /**
   * Hands every row of {@code results[]} to {@code each}, in file order, without reading the rest
   * of the report.
   *
   * @return false when the file has no {@code results} array (or is not a JSON object)
   * @throws IllegalArgumentException naming the row and key ({@code results[3].score: ...}) when an
   *     entry is not a result; see {@link ResultRowJson#read}
   * @throws JacksonException when the file is not valid JSON up to the end of {@code results[]}
   */
  public static boolean forEachResult(Path file, ResultsJsonlReader.RowHandler each)
      throws IOException {
    try (JsonParser parser = MAPPER.createParser(file.toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("results".equals(name) && value == JsonToken.START_ARRAY) {
          for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            each.accept(ResultRowJson.read(MAPPER.readTree(parser), "results[" + i + "]"));
          }
          return true;
        }
        parser.skipChildren();
      }
      return false;
    }
  }
}
