package ai.trainloop.results;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a {@code results.jsonl} back one line at a time, so memory does not grow with the run. A
 * line that is not a complete result (the last line of a killed process, a stray edit) is skipped
 * and counted, never fatal.
 */
public final class ResultsJsonlReader {
  /**
   * What one pass read.
   *
   * @param rows result lines handed to the consumer
   * @param malformed non-blank lines skipped because they were not a complete result
   */
  public record Stats(long rows, long malformed) {}

  /** Receives each row; may throw an IOException, which ends the pass. */
  @FunctionalInterface
  public interface RowHandler extends JsonLinesInput.Handler<ResultRow> {
    @Override
    void accept(ResultRow row) throws IOException;
  }

  private ResultsJsonlReader() {}

  /** Hands every result of {@code file} to {@code consumer}, in file order. */
  public static Stats forEach(Path file, RowHandler consumer) throws IOException {
    long[] malformed = {0};
    long rows =
        JsonLinesInput.forEach(
            file, ResultsJsonlReader::parse, consumer, (number, last, problem) -> malformed[0]++);
    return new Stats(rows, malformed[0]);
  }

  /**
   * One line of results.jsonl as a row ({@link ResultRowJson#read}); errors name the line ({@code
   * line 7.score: ...}).
   */
  public static ResultRow parse(String line, int number) throws JacksonException {
    return ResultRowJson.read(ReportJson.MAPPER.readTree(line), "line " + number);
  }
}
