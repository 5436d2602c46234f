package ai.trainloop.results;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run's results.jsonl strictly, all at once, for within-run comparisons: the same line
 * reader and row codec as {@link ResultsJsonlReader}, but where that one skips and counts a bad
 * line, this one stops with an error naming the file, line and key. Only a last line cut short by
 * an interrupted run (not valid JSON) is skipped.
 */
public final class ResultsJsonl {
  private ResultsJsonl() {}

  /** All rows of the file, in file order. */
  public static List<ResultRow> read(Path file) {
    String source = file.toString();
    List<ResultRow> rows = new ArrayList<>();
    try {
      JsonLinesInput.forEach(
          file,
          ResultsJsonlReader::parse,
          rows::add,
          (number, last, problem) -> {
            if (!(problem instanceof JacksonException json)) {
              throw new ReportFormatException(source, problem.getMessage(), problem);
            }
            if (!last) {
              throw new ReportFormatException(
                  source,
                  "line " + number + ": not valid JSON: " + json.getOriginalMessage(),
                  json);
            }
          });
    } catch (NoSuchFileException e) {
      throw new ReportFormatException(source, "no such file", e);
    } catch (IOException e) {
      throw new ReportFormatException(source, "cannot read: " + e.getMessage(), e);
    }
    return rows;
  }
}
