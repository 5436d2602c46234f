package ai.trainloop.results;

import com.fasterxml.jackson.core.JacksonException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * results.jsonl read as the journal of a run being resumed. A torn last line (no line end, or not a
 * complete result: the process was killed while writing it) is ignored and cut off the file, so the
 * rows appended next start on a line of their own; a bad line anywhere else is a {@link
 * ReportFormatException} naming {@code file:line}, since the journal can no longer be trusted.
 */
public final class ResultsJournal {
  /**
   * What the journal holds.
   *
   * @param rows every result, in file order, without its response
   * @param cutBytes bytes of a torn last line cut off the file; 0 when there was none
   */
  public record Read(List<ResultRow> rows, long cutBytes) {}

  private ResultsJournal() {}

  /** Reads {@code file} (none yet is an empty journal) and cuts a torn last line off it. */
  public static Read read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return new Read(List.of(), 0);
    }
    List<ResultRow> rows = new ArrayList<>();
    long size = Files.size(file);
    long cut = scan(file, (row, raw) -> rows.add(row.withoutResponse()), true);
    if (cut < size) {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
        ch.truncate(cut);
        ch.force(true);
      }
    }
    return new Read(rows, size - cut);
  }

  /**
   * Rewrites {@code file} keeping only the rows {@code keep} accepts, byte for byte, through a
   * temporary file moved over it: interrupted at any moment, the file is the old one or the new
   * one.
   *
   * @return the rows removed
   */
  public static long keepOnly(Path file, Predicate<ResultRow> keep) throws IOException {
    Path tmp = DurableFiles.temporary(file);
    long[] removed = {0};
    try {
      try (OutputStream out =
          Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        scan(
            file,
            (row, raw) -> {
              if (keep.test(row)) {
                out.write(raw);
                out.write('\n');
              } else {
                removed[0]++;
              }
            },
            false);
      }
      DurableFiles.moveOver(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return removed[0];
  }

  @FunctionalInterface
  private interface LineHandler {
    void accept(ResultRow row, byte[] raw) throws IOException;
  }

  /**
   * Hands over every complete row; returns the length of the file without its torn last line.
   *
   * @param strict whether a bad line is an error (else, when rewriting a journal already read, it
   *     is dropped)
   */
  private static long scan(Path file, LineHandler handler, boolean strict) throws IOException {
    long offset = 0;
    long lineStart = 0;
    long goodEnd = 0;
    int number = 0;
    String bad = null;
    int badLine = 0;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      int b;
      while ((b = in.read()) != -1) {
        offset++;
        if (b != '\n') {
          line.write(b);
          continue;
        }
        number++;
        byte[] raw = line.toByteArray();
        line.reset();
        String text = new String(raw, StandardCharsets.UTF_8);
        if (!text.isBlank()) {
          if (bad != null && strict) {
            throw new ReportFormatException(file + ":" + badLine, bad);
          }
          try {
            handler.accept(ResultsJsonlReader.parse(text, number), raw);
            goodEnd = offset;
          } catch (JacksonException e) {
            bad = "not valid JSON: " + e.getOriginalMessage();
            badLine = number;
          } catch (IllegalArgumentException e) {
            bad = "not a result: " + e.getMessage();
            badLine = number;
          }
        } else if (bad == null) {
          goodEnd = offset;
        }
        lineStart = offset;
      }
    }
    return bad == null && lineStart == offset ? offset : Math.min(goodEnd, lineStart);
  }
}
