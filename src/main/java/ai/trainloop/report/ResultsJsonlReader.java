package ai.trainloop.report;

import com.fasterxml.jackson.core.JacksonException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a {@code results.jsonl} back one line at a time, so memory does not grow with the run. A line that is not
 * a complete result (the last line of a killed process, a stray edit) is skipped and counted, never fatal.
 */
public final class ResultsJsonlReader {
  /**
   * What one pass read.
   *
   * @param rows      result lines handed to the consumer
   * @param malformed non-blank lines skipped because they were not a complete result
   */
  public record Stats(long rows, long malformed) {}

  /** Receives each row; may throw an IOException, which ends the pass. */
  @FunctionalInterface
  public interface RowHandler {
    void accept(ResultRow row) throws IOException;
  }

  private ResultsJsonlReader() {}

  /** Hands every result of {@code file} to {@code consumer}, in file order. */
  public static Stats forEach(Path file, RowHandler consumer) throws IOException {
    long rows = 0;
    long malformed = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        ResultRow row;
        try {
          row = ResultRowJson.read(ReportJson.MAPPER.readTree(line));
        } catch (JacksonException | IllegalArgumentException e) {
          malformed++;
          continue;
        }
        consumer.accept(row);
        rows++;
      }
    }
    return new Stats(rows, malformed);
  }
}
