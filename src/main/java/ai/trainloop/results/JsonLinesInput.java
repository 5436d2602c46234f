package ai.trainloop.results;

import com.fasterxml.jackson.core.JacksonException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON Lines file one line at a time, so memory does not grow with the file: the reading
 * side of {@link JsonLinesOutput}, shared by every reader of a run's {@code .jsonl} files. Blank
 * lines are passed over; a line the parser rejects goes to a {@link BadLine} policy, which may skip
 * it or end the pass.
 */
public final class JsonLinesInput {
  /** Turns one line into a value; a line that is not one throws. */
  @FunctionalInterface
  public interface Parser<T> {
    /**
     * Reads one line.
     *
     * @param line the line's text, never blank
     * @param number its 1-based line number in the file
     * @throws JacksonException when it is not JSON
     * @throws IllegalArgumentException when it is JSON but not a value of this file
     */
    T parse(String line, int number) throws JacksonException;
  }

  /** Receives each parsed value; an IOException ends the pass. */
  @FunctionalInterface
  public interface Handler<T> {
    void accept(T value) throws IOException;
  }

  /** What to do with a line the parser rejected: return to skip it, throw to end the pass. */
  @FunctionalInterface
  public interface BadLine {
    /**
     * Called for a line that cannot be read.
     *
     * @param number the line's 1-based number
     * @param last whether it is the file's last line (so possibly cut short by a killed process)
     * @param problem the parser's {@link JacksonException} or {@link IllegalArgumentException}
     */
    void accept(int number, boolean last, Exception problem) throws IOException;
  }

  private JsonLinesInput() {}

  /**
   * Hands every value of {@code file} to {@code handler}, in file order.
   *
   * @return the number of values handed over
   */
  public static <T> long forEach(Path file, Parser<T> parser, Handler<T> handler, BadLine badLine)
      throws IOException {
    long values = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      String line = in.readLine();
      while (line != null) {
        String next = in.readLine();
        number++;
        if (!line.isBlank()) {
          T value;
          try {
            value = parser.parse(line, number);
          } catch (JacksonException | IllegalArgumentException e) {
            badLine.accept(number, next == null, e);
            line = next;
            continue;
          }
          handler.accept(value);
          values++;
        }
        line = next;
      }
    }
    return values;
  }
}
