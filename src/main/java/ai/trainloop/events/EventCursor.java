package ai.trainloop.events;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Pulls recorded calls out of events files, in the given order, one line at a time: at most one
 * file is open and nothing but the current line is held. Blank lines are skipped silently; a
 * malformed line, or a file that cannot be read, is reported to the warning sink as {@code
 * file:line: reason} and skipped. After {@value #WARNINGS_PER_FILE} such warnings for one file (a
 * binary file, say), its further malformed lines are still counted but reported in one line when
 * the file ends: {@code N more malformed lines in FILE; M skipped in all}.
 */
final class EventCursor implements Iterator<RecordedCall>, Closeable {
  private static final char BOM = '\uFEFF';
  static final int WARNINGS_PER_FILE = 10;

  private final List<Path> files;
  private final EventLineParser parser;
  private final Consumer<String> warnings;
  private int nextFile;
  private Path file;
  private BufferedReader reader;
  private long lineNumber;
  private long malformedInFile;
  private RecordedCall next;
  private long linesRead;
  private long malformed;
  private long calls;

  EventCursor(List<Path> files, EventLineParser parser, Consumer<String> warnings) {
    this.files = List.copyOf(files);
    this.parser = parser;
    this.warnings = warnings;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public RecordedCall next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RecordedCall call = next;
    next = null;
    return call;
  }

  /** Non-blank lines read so far, malformed ones included. */
  long linesRead() {
    return linesRead;
  }

  /** Lines skipped so far because they could not be read as a recorded call. */
  long malformed() {
    return malformed;
  }

  /** Recorded calls produced so far. */
  long calls() {
    return calls;
  }

  @Override
  public void close() {
    if (reader != null) {
      closeFile();
    }
    nextFile = files.size();
  }

  private RecordedCall advance() {
    while (reader != null || openNextFile()) {
      String line = readLine();
      if (line == null) {
        closeFile();
        continue;
      }
      lineNumber++;
      if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BOM) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      linesRead++;
      String source = file + ":" + lineNumber;
      try {
        RecordedCall call = parser.parse(line, source);
        calls++;
        return call;
      } catch (EventLineParser.MalformedLineException e) {
        malformed++;
        if (++malformedInFile <= WARNINGS_PER_FILE) {
          warnings.accept(source + ": " + e.getMessage());
        }
      }
    }
    return null;
  }

  private boolean openNextFile() {
    while (nextFile < files.size()) {
      file = files.get(nextFile++);
      lineNumber = 0;
      malformedInFile = 0;
      try {
        // InputStreamReader replaces undecodable bytes instead of failing the whole file.
        reader =
            new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
        return true;
      } catch (IOException e) {
        warnings.accept(file + ": cannot read: " + e);
      }
    }
    return false;
  }

  private String readLine() {
    try {
      return reader.readLine();
    } catch (IOException e) {
      warnings.accept(file + ":" + (lineNumber + 1) + ": cannot read the rest of the file: " + e);
      return null;
    }
  }

  private void closeFile() {
    if (malformedInFile > WARNINGS_PER_FILE) {
      warnings.accept(
          (malformedInFile - WARNINGS_PER_FILE)
              + " more malformed lines in "
              + file
              + "; "
              + malformedInFile
              + " skipped in all");
    }
    malformedInFile = 0;
    try {
      reader.close();
    } catch (IOException e) {
      warnings.accept(file + ": cannot close: " + e);
    } finally {
      reader = null;
    }
  }
}
